"""The desk removes the records of everyone who withdrew consent as one action: the real
Receive page, the real message boxes (answered as a person would, tests/ui/boxes.py), the
work on the worker thread with the page's progress strip and its Cancel. (It replaced the
test of the former one-person-at-a-time removal in test_consent_screens.py.)"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from tests.ui.conftest import settle

REASON = "their written requests of 1 March"


def withdrawals(world: dict[str, Path], tmp_path: Path) -> list[dict[str, str]]:
    """Laptop A's next two bundles, in world["usb"]: people.bundle, four people with their
    consent to sharing given; withdrawals.bundle, the withdrawal of three of them."""
    from app.records import Records
    from app.usecases import consent
    from app.usecases.session import Session
    from tests.test_consent_purge import PEOPLE, WITHDRAWN, _person
    from tests.ui.test_archive_kit import export, field

    with field(world["a"]) as a:
        people = [_person(Records(a), tmp_path, n, p) for n, p in enumerate(PEOPLE)]
        export(a, world["usb"] / "people.bundle")
        for p in people[:WITHDRAWN]:
            consent.record_consent(Session(a), p["id"], {"share_coordinator": "refused"})
        export(a, world["usb"] / "withdrawals.bundle")
    return people


def test_desk_removes_all_withdrawn_people_in_one_action(qtbot: Any, gui: Any,
                                                         tmp_path: Path) -> None:
    from app.usecases import consent
    from storage import audit
    from tests.test_bundle_kit import import_
    from tests.test_consent_purge import WITHDRAWN
    from tests.ui.boxes import Answers
    from tests.ui.test_archive_kit import copy_world, field, make_template, open_desk, show
    from tests.ui.test_consent_screens import visible_texts
    from ui.qt import Qt

    (tmp_path / "template").mkdir()
    world = copy_world(make_template(tmp_path / "template"), tmp_path)
    people = withdrawals(world, tmp_path)
    # Received in an earlier session (the command line): offered when the page opens.
    with field(world["archive"]) as archive:
        for name in ("people.bundle", "withdrawals.bundle"):
            assert import_(archive, world["usb"] / name).status == "merged"
    desk = open_desk(qtbot, gui)
    page = show(qtbot, gui, desk, "receive")
    qtbot.waitUntil(lambda: page.withdrawn_box.isVisible(), timeout=15000)
    assert "3 person(s) withdrew" in page.withdrawn_text.text()
    # A narrow window (Kazakh at 125 % is narrower still): the receipt box goes under the
    # buttons, and the page, the removal button included, needs no sideways scrolling.
    room = page.parentWidget()
    for width, below in ((900, True), (1366, False)):
        desk.resize(width, 700)
        qtbot.waitUntil(lambda below=below: page.receipts_below is below, timeout=5000)
        qtbot.waitUntil(lambda: page.width() <= room.width(), timeout=5000)
        right = page.purge_button.mapTo(page, page.purge_button.rect().topRight()).x()
        assert right < room.width(), width
    assert not any(p["name"] in visible_texts() for p in people)  # withheld on screen too
    s = gui.session

    def left() -> int:
        return len(gui.tasks.call(lambda: consent.withdrawn(s)))

    # No reason: asked for one, nothing removed.
    Answers.queue.append("ok")
    page.purge_withdrawn()
    assert left() == WITHDRAWN
    # The confirmation names how many people and records, and the reason; "Cancel" there
    # removes nothing.
    page.withdrawn_reason.setText(REASON)
    seen = Answers.answer("cancel")
    page.purge_withdrawn()
    records = sum(len(w["records"]) for w in gui.tasks.call(lambda: consent.withdrawn(s)))
    assert f"The records of 3 person(s) who withdrew consent ({records} record(s) in all)" \
        in seen[0] and REASON in seen[0]
    assert left() == WITHDRAWN and not page.strip.isVisible()

    # "Remove", then Cancel on the strip while the work waits its turn on the worker:
    # stopped, nobody's records removed.
    gate = threading.Event()
    gui.tasks.run(lambda job: gate.wait(10))  # the worker is busy with something else
    Answers.queue.append("remove")
    page.purge_withdrawn()
    assert page.strip.isVisible() and "Removing the records of 3 person(s)" in \
        page.strip.label.text() and not page.purge_button.isEnabled()
    qtbot.mouseClick(page.strip.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=15000)
    settle(qtbot, gui)
    assert page.summary.text() == "Stopped: nobody's records were removed."
    assert left() == WITHDRAWN and page.purge_button.isEnabled()
    assert gui.tasks.call(lambda: audit.entries(s.db, action="consent_purge")) == []

    # "Remove" again, let it run: all three in one action, the fourth person kept.
    Answers.queue.append("remove")
    page.purge_withdrawn()
    qtbot.waitUntil(lambda: not page.strip.busy, timeout=15000)
    settle(qtbot, gui)
    assert page.summary.text() == f"{records} record(s) of 3 person(s) removed."
    assert not page.withdrawn_box.isVisible() and page.withdrawn_reason.text() == ""
    entries = gui.tasks.call(lambda: audit.entries(s.db, action="consent_purge"))
    assert sorted(e["detail"]["person_id"] for e in entries) == sorted(
        p["id"] for p in people[:WITHDRAWN])
    assert {e["detail"]["reason"] for e in entries} == {REASON}
    held = gui.tasks.call(lambda: {r[0] for r in s.db.all(
        "SELECT record_id FROM records WHERE kind = 'person'")})
    assert held == {people[WITHDRAWN]["id"]}
