"""The command line and the desktop are two doors to the same actions.

One person's day on a field laptop, done twice: once with `qorgau` (a real subprocess),
once in the desktop (real widgets, offscreen, driven with keys, clicks and the file
picker's answers). Then what each left behind is compared: the records' versions (kind,
body, tombstone reason), the audit log (every entry's kind and reason, in order), and the
files (the vault folder, the bundle sealed to the coordinator, this laptop's card) with
their modes. A rule that one interface applied and the other skipped shows up here.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.conftest import CLI, PASSPHRASE
from tests.ui.conftest import clock, gui, settle, type_text  # noqa: F401  (fixtures)

pytest.importorskip("PySide6")

NEW_PASSPHRASE = "a second long passphrase for the interface test"
DEVICE = "Taraz laptop"
CASE_TITLE = "Beating at the Taraz police station"
PERSON = "Serik Testov"
REASON = "Entered twice by mistake"
SEIZED = "The coalition's archive laptop was seized"


# --- what a vault leaves behind ----------------------------------------------------------


def _ids_out(value: Any, ids: dict[str, str]) -> Any:
    """`value` with record ids replaced by the role they play (ids differ per vault)."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_ids_out(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _ids_out(v, ids) for k, v in value.items()}
    return value


def _trail(path: Path, passphrase: str) -> dict[str, Any]:
    """Versions and audit entries of the vault at `path`, ids replaced by roles."""
    from storage.vault import Vault

    with Vault.open(path, passphrase) as vault:
        return _trail_of(vault)


def _trail_of(vault: Any) -> dict[str, Any]:
    from app.records import Records
    from storage import audit

    rows = vault.db.all("SELECT record_id, kind FROM records ORDER BY created_at")
    ids = {rid: f"<{kind}>" for rid, kind in rows}
    versions = sorted(
        (v.kind, json.dumps(_ids_out(v.body, ids), sort_keys=True), v.tombstone,
         len(v.parents))
        for v in Records(vault).iter_versions())
    entries = [(e["action"], e["detail"].get("reason"))
               for e in reversed(audit.entries(vault.db, limit=10000))]
    assert not audit.verify(vault.db)
    return {"versions": versions, "audit": entries}


def _files(root: Path) -> list[tuple[str, str]]:
    """(path, mode) of every file and folder below `root`. Blob names are keyed per vault
    (they must not reveal a file's hash), so below blobs/ only the shape is compared."""
    out = []
    for p in root.rglob("*"):
        if p.name.endswith(("-wal", "-shm", ".lock")):
            continue
        parts = p.relative_to(root).parts
        if parts[0] == "blobs":
            parts = ("blobs", *("*" for _ in parts[1:]))
        rel = "/".join(parts) + ("/" if p.is_dir() else "")
        out.append((rel, oct(stat.S_IMODE(p.stat().st_mode))))
    return sorted(out)


def _photo(path: Path) -> Path:
    Image.new("RGB", (320, 240), (170, 80, 70)).save(path, "JPEG", quality=90)
    return path


def _coordinator(tmp: Path) -> tuple[Path, str]:
    from storage.atomic import write_atomic
    from storage.vault import Vault
    from sync import card, trust

    archive, _code = Vault.create(tmp / "archive", PASSPHRASE, name="Coalition office",
                                  role="archive")
    with archive:
        own = trust.own_card(archive)
    path = tmp / "coalition-card.json"
    write_atomic(path, card.to_json(own), mode=0o644)
    return path, card.fingerprint(own)


def _receipt(tmp: Path, usb: Path) -> Path:
    """The coordinator's side: enrol the laptop's card, import its bundle, write it a
    receipt (outside the stick: the stick's files are compared)."""
    from app import importer, receipts
    from storage.vault import Vault
    from sync import trust

    with Vault.open(tmp.parent / "archive", PASSPHRASE) as archive:
        device = trust.enroll(archive, (usb / "card.json").read_bytes()).device_id
        assert importer.import_bundle(archive, usb / "bundle").status == "merged"
        out = tmp / "receipt.age"
        receipts.issue(archive, device, out)
    return out


# --- the two runs ------------------------------------------------------------------------


def _by_command_line(tmp: Path, photo: Path, coordinator: Path, fingerprint: str) -> dict:
    coordinator_id = json.loads(coordinator.read_bytes())["device_id"]
    cli = CLI(tmp)
    vault = str(tmp / "vault")

    def ok(*args: str, **kw: Any) -> Any:
        result = cli(*args, **kw)
        assert result.returncode == 0, (args, result.stderr)
        return result

    ok("init", vault, "--name", DEVICE)
    records = tmp / "records.json"
    records.write_text(json.dumps({"format": "qorgau-records", "version": 1, "records": [
        {"kind": "case", "body": {"title": CASE_TITLE}}]}), encoding="utf-8")
    case_id = json.loads(ok("add", vault, str(records), "--json").stdout)[0]["record_id"]
    person = tmp / "person.json"
    person.write_text(json.dumps({"format": "qorgau-records", "version": 1, "records": [
        {"kind": "person", "body": {"full_name": PERSON, "pseudonym": "A-17",
                                    "protected": True}}]}),
        encoding="utf-8")
    person_id = json.loads(ok("add", vault, str(person), "--json").stdout)[0]["record_id"]
    ok("attach", vault, case_id, str(photo))
    ok("show", vault, person_id, "--reveal")
    ok("consent", vault, person_id, "--set", "share_coordinator=refused")
    ok("delete", vault, person_id, "--reason", REASON)
    ok("trust", vault, str(coordinator), "--fingerprint", fingerprint)
    (tmp / "usb").mkdir()
    ok("export", vault, "--out", str(tmp / "usb" / "bundle"))
    ok("identity", vault, "--out", str(tmp / "usb" / "card.json"))
    receipt = _receipt(tmp, tmp / "usb")
    sent = _trail(tmp / "vault", PASSPHRASE)  # before what was sent leaves the laptop
    accepted = json.loads(ok("accept-receipt", vault, str(receipt), "--json").stdout)
    assert accepted["status"] == "accepted" and accepted["purgeable"] >= 2
    ok("purge", vault, "--acknowledged")
    ok("untrust", vault, coordinator_id, "--reason", SEIZED)
    ok("passwd", vault, env={"QORGAU_NEW_PASSPHRASE": NEW_PASSPHRASE})
    return {"vault": tmp / "vault", "usb": tmp / "usb", "sent": sent,
            "purgeable": accepted["purgeable"]}


def _by_desktop(qtbot: Any, app: Any, tmp: Path, photo: Path, coordinator: Path) -> dict:
    from PySide6.QtCore import QPoint, Qt

    from tests.ui.boxes import Answers
    from ui.field.settings import SettingsDialog
    from ui.qt import is_alive

    # Create the vault as on the first run: passphrase twice, device name, the code checked.
    app.start()
    w = app.gate
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.keyClicks(w.passphrase2, PASSPHRASE)
    qtbot.keyClicks(w.device_name, DEVICE)
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.pages.currentIndex() == 1, timeout=15000)
    groups = w.code_label.text().replace("\n", "").split("-")
    w._goto(2)
    a, b = w.check_groups
    qtbot.keyClicks(w.group_a, groups[a])
    qtbot.keyClicks(w.group_b, groups[b])
    qtbot.keyClick(w.group_b, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main is not None, timeout=15000)
    settle(qtbot, app)
    main = app.main

    def new_form(kind: str) -> Any:
        before = getattr(app, "last_form", None)
        main.new_record(kind)
        qtbot.waitUntil(lambda: getattr(app, "last_form", None) is not before, timeout=10000)
        return app.last_form

    def save(form: Any) -> None:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, app)

    form = new_form("case")
    type_text(qtbot, form.form.editors["title"].widget, CASE_TITLE)
    save(form)
    case_id = form.record_id
    assert case_id
    form = new_form("person")
    type_text(qtbot, form.form.editors["full_name"].widget, PERSON)
    qtbot.keyClicks(form.form.editors["pseudonym"].widget, "A-17")
    qtbot.mouseClick(form.form.editors["protected"].widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, 8))
    save(form)
    person_id = form.record_id
    assert person_id

    # Evidence, through the case view's gallery and the file picker.
    main.show_case(case_id)
    settle(qtbot, app)
    view = main.case_view
    Answers.files.append([str(photo)])
    view.gallery.add_files()
    qtbot.waitUntil(lambda: view.gallery.model.rowCount() == 1, timeout=15000)
    settle(qtbot, app)

    # Reveal the protected person's name in their form.
    before = app.last_form
    app.open_form("person", record_id=person_id, parent=main)
    qtbot.waitUntil(lambda: app.last_form is not before, timeout=10000)
    person_form = app.last_form
    Answers.queue.append("reveal")
    person_form.reveal_button.click()
    settle(qtbot, app)

    # Her refusal to share, from her form's Consent… button: the same action as
    # `qorgau consent`, so the same version and the same "consent_change" entry.
    before = app.last_form
    person_form.consent_button.click()
    qtbot.waitUntil(lambda: app.last_form is not before, timeout=10000)
    consent_form = app.last_form
    assert consent_form.kind == "consent"
    consent_form.form.editors["consent"].set_value({"share_coordinator": "refused"})
    save(consent_form)
    assert consent_form.record_id

    # Delete it, with the reason: Delete stays off until a reason is written.
    asked = person_form.delete()
    assert not asked.delete_button.isEnabled()
    qtbot.keyClicks(asked.reason, REASON)
    qtbot.mouseClick(asked.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    qtbot.waitUntil(lambda: not is_alive(person_form) or not person_form.isVisible(),
                    timeout=10000)

    # Trust the coordinator, export, save this laptop's card, change the passphrase.
    settings = SettingsDialog(app, main)
    settings.show()
    settle(qtbot, app)
    dialog = settings.trust_coordinator()
    Answers.files.append([str(coordinator)])
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    dialog.same.setChecked(True)
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert dialog.pages.currentIndex() == 2
    dialog.close()

    from ui.field.exporting import ExportDialog

    usb = tmp / "usb"
    usb.mkdir()
    export = ExportDialog(app, main)
    export.show()
    settle(qtbot, app)
    Answers.files.append([str(usb)])
    export.start()
    qtbot.waitUntil(lambda: export.job is None, timeout=20000)
    settle(qtbot, app)
    export.close()
    [bundle] = list(usb.iterdir())
    bundle.rename(usb / "bundle")

    mine = settings.own_card()
    settle(qtbot, app)
    Answers.files.append([str(usb / "card.json")])
    mine.save()
    settle(qtbot, app)
    mine.close()

    # The coordinator's receipt: checked, then what it acknowledges removed, confirmed.
    receipt = _receipt(tmp, usb)
    s = app.session
    sent = app.tasks.call(lambda: _trail_of(s.vault))
    Answers.files.append([str(receipt)])
    receipts = main.receipts()
    settle(qtbot, app)
    shown = re.search(r"can be removed from this laptop: (\d+)", receipts.status.text())
    assert shown, receipts.status.text()
    Answers.queue.append("remove")
    qtbot.mouseClick(receipts.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receipts.job is None and receipts.removed.isVisible(),
                    timeout=20000)
    settle(qtbot, app)
    receipts.close()

    # Remove the coordinator: chosen in the list, with the reason.
    assert not settings.remove.isEnabled()
    settings.coordinators.setCurrentRow(0)
    asked = settings.remove_coordinator()
    assert not asked.delete_button.isEnabled()
    qtbot.keyClicks(asked.reason, SEIZED)
    qtbot.mouseClick(asked.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert "None yet" in settings.coordinators.item(0).text()

    qtbot.keyClicks(settings.new1, NEW_PASSPHRASE)
    qtbot.keyClicks(settings.new2, NEW_PASSPHRASE)
    settings.change_passphrase()
    settle(qtbot, app)
    assert "changed" in settings.pass_msg.text()
    settings.close()
    app.lock()
    settle(qtbot, app)
    return {"vault": app.vault_path, "usb": usb, "sent": sent, "purgeable": int(shown[1])}


def test_field_actions_leave_the_same_trail_from_both_interfaces(
        qtbot: Any, gui: Any, tmp_path: Path) -> None:  # noqa: F811
    photo = _photo(tmp_path / "injury.jpg")
    coordinator, fingerprint = _coordinator(tmp_path)
    (tmp_path / "cli").mkdir()
    by_cli = _by_command_line(tmp_path / "cli", photo, coordinator, fingerprint)
    gui.vault_path = tmp_path / "gui" / "vault"
    by_gui = _by_desktop(qtbot, gui, tmp_path / "gui", photo, coordinator)

    # What each had sent to the coordinator, before the receipt let it leave the laptop.
    assert by_cli["sent"] == by_gui["sent"]
    assert [v for v in by_cli["sent"]["versions"] if v[2]] == [("person", "{}", REASON, 1)]
    assert {v[0] for v in by_cli["sent"]["versions"]} >= {"case", "person", "evidence"}

    cli_trail = _trail(by_cli["vault"], NEW_PASSPHRASE)
    gui_trail = _trail(by_gui["vault"], NEW_PASSPHRASE)
    assert cli_trail["versions"] == gui_trail["versions"]
    assert cli_trail["audit"] == gui_trail["audit"]
    kinds = [a for a, _r in cli_trail["audit"]]
    for done in ("vault_created", "write", "attach", "reveal", "consent_change", "delete",
                 "trust", "bundle_export", "receipt_accepted", "purge", "untrust",
                 "passphrase_changed"):
        assert done in kinds, (done, kinds)
    assert by_cli["purgeable"] == by_gui["purgeable"]
    # What was acknowledged left; what consent kept on the laptop stayed.
    assert len(cli_trail["versions"]) < len(by_cli["sent"]["versions"])
    assert "case" not in {v[0] for v in cli_trail["versions"]}
    assert ("untrust", SEIZED) in cli_trail["audit"]

    assert _files(by_cli["vault"]) == _files(by_gui["vault"])
    assert _files(by_cli["usb"]) == _files(by_gui["usb"])
    modes = dict(_files(by_cli["usb"]))
    assert modes["card.json"] == "0o644"  # public keys only
    assert modes["bundle"] == "0o600"  # sealed, but nobody else's business
