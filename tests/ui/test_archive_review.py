"""Reviewing on the coordinator's desk: a conflict resolved field by field through the
GUI (a new version with both heads as parents, signed by the archive), a duplicate
person linked (both records kept), and the chain of custody of an evidence file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import settle
from tests.ui.test_archive_kit import (
    FIELD_A,
    FIELD_B,
    export,
    field,
    open_desk,
    photo_file,
    show,
)


def import_all(qtbot: Any, gui: Any, desk: Any, paths: list[Path]) -> None:
    from tests.ui.boxes import Answers

    page = show(qtbot, gui, desk, "receive")
    Answers.files.append([str(p) for p in paths])
    page.choose_files()
    qtbot.waitUntil(lambda: page.batch is None and not page.queue, timeout=20000)
    settle(qtbot, gui)


def test_conflict_resolved_field_by_field(qtbot: Any, gui: Any,
                                          world: dict[str, Path]) -> None:
    from app.records import Records
    from storage import audit
    from tests.test_bundle_kit import hand_over

    usb = world["usb"]
    a, b = field(world["a"]), field(world["b"])
    try:
        ra = Records(a)
        case = ra.create("case", {"title": "Beating at IVS Taraz", "city": "taraz",
                                  "summary": "Detained on 6 January."}).record_id
        from storage.vault import Vault
        from tests.conftest import PASSPHRASE

        with Vault.open(world["archive"], PASSPHRASE) as archive:
            hand_over(a, b, archive)  # the case handed to a colleague's laptop
        ra.update(case, {"title": "Beating at IVS Taraz (two detainees)", "city": "taraz",
                         "summary": "Detained on 6 January.", "status": "active"})
        Records(b).update(case, {"title": "Beating at IVS No. 1, Taraz", "city": "taraz",
                                 "summary": "Detained on 6 January. Mother interviewed.",
                                 "status": "follow_up"})
        export(a, usb / "a1.bundle")
        export(b, usb / "b1.bundle")
        a_id = a.identity.device_id
    finally:
        a.close()
        b.close()

    desk = open_desk(qtbot, gui)
    import_all(qtbot, gui, desk, [usb / "a1.bundle", usb / "b1.bundle"])
    assert "in conflict" in desk.pages["receive"].report.toPlainText()
    assert desk.nav.item(4).text().endswith("(1)")
    page = show(qtbot, gui, desk, "conflicts")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    heads = page.data["heads"]
    assert {h["author_name"] for h in heads} == {FIELD_A, FIELD_B}
    a_index = next(i for i, h in enumerate(heads) if h["author"] == a_id)
    b_index = 1 - a_index
    # Only the fields that differ offer a choice; the city agrees.
    assert set(page.groups) == {"title", "summary", "status"}
    page.groups["title"].button(b_index).setChecked(True)
    page.groups["summary"].button(len(heads)).setChecked(True)  # keep both
    page.groups["status"].button(a_index).setChecked(True)
    assert page.result_labels["title"].text() == "Beating at IVS No. 1, Taraz"
    page.save.click()
    qtbot.waitUntil(lambda: "Resolved" in page.message.text(), timeout=10000)
    settle(qtbot, gui)

    s = gui.session
    rec = s.records.get(case)
    assert not rec.in_conflict
    assert rec.body["title"] == "Beating at IVS No. 1, Taraz"
    assert rec.body["status"] == "active"
    assert sorted(rec.body["summary"].split("\n\n")) == [
        "Detained on 6 January.", "Detained on 6 January. Mother interviewed."]
    version = s.records.version(rec.head)
    assert set(version.parents) == {h["version_id"] for h in heads}
    assert version.author == s.vault.identity.device_id  # signed by the archive
    assert audit.entries(s.db, action="conflict_resolved")[0]["detail"]["record_id"] == case
    assert page.list.count() == 0
    assert not desk.nav.item(4).text().endswith(")")


def test_duplicate_people_linked_and_custody_of_evidence(
        qtbot: Any, gui: Any, world: dict[str, Path], tmp_path: Path) -> None:
    from app import evidence
    from app.records import Records

    usb = world["usb"]
    with field(world["a"]) as a:
        ra = Records(a)
        ca = ra.create("case", {"title": "Detention in Taraz", "city": "taraz"}).record_id
        pa = ra.create("person", {"full_name": "Жанболат Қасымов", "date_of_birth": "1994-03-12",
                                  "gender": "male", "case_ids": [ca]}).record_id
        shot = evidence.ingest(ra, photo_file(tmp_path / "IMG_0042.jpg"), record_id=ca)
        export(a, usb / "a1.bundle")
    with field(world["b"]) as b:
        rb = Records(b)
        cb = rb.create("case", {"title": "Complaint in Almaty", "city": "almaty"}).record_id
        pb = rb.create("person", {"full_name": "Zhanbolat Kassymov", "date_of_birth": "1994-03-12",
                                  "gender": "male", "case_ids": [cb]}).record_id
        export(b, usb / "b1.bundle")

    desk = open_desk(qtbot, gui)
    import_all(qtbot, gui, desk, [usb / "a1.bundle", usb / "b1.bundle"])
    page = show(qtbot, gui, desk, "duplicates")
    qtbot.waitUntil(lambda: not page.strip.busy and page.table.rowCount() > 0, timeout=15000)
    assert page.table.rowCount() == 1
    assert "same date of birth" in page.table.item(0, 3).text()
    assert "Жанболат Қасымов" in page.card_a.text() + page.card_b.text()
    assert FIELD_A in page.card_a.text() + page.card_b.text()
    page.note.setText("Same person, checked with both lawyers")
    page.link_button.click()
    qtbot.waitUntil(lambda: "Linked" in page.message.text(), timeout=10000)
    settle(qtbot, gui)
    s = gui.session
    assert s.records.get(pa).body["same_as"] == [pb]
    assert s.records.get(pb).body["same_as"] == [pa]
    assert "checked with both lawyers" in s.records.get(pa).body["notes"]
    assert page.table.rowCount() == 0  # linked pairs are no longer suggested

    # The chain of custody of the photo: captured on A, sealed in A's bundle 1, imported.
    custody = show(qtbot, gui, desk, "custody")
    custody.kind.setCurrentIndex(custody.kind.findData("case"))
    qtbot.waitUntil(lambda: custody.list.count() == 2, timeout=10000)
    row = next(i for i, r in enumerate(custody.found) if r["record_id"] == ca)
    custody.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: custody.files_list.count() == 1, timeout=10000)
    custody.files_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: shot.sha256 in custody.view.toPlainText(), timeout=10000)
    text = custody.view.toPlainText()
    assert f"on the device “{FIELD_A}”" in text
    assert f"in bundle #1 of “{FIELD_A}”" in text
    assert "Imported" in text and "Coalition office" in text
    assert "IMG_0042.jpg" in text
    custody.check.click()
    qtbot.waitUntil(lambda: "intact" in custody.verdict.text(), timeout=10000)
