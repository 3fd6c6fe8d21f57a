"""Working on a case as a person would: keyboard entry, validation at the field, a
photo, a lesion on the body diagram, search, idle lock with a test clock, drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle, type_text


def new_form(qtbot: Any, gui: Any, opener: Any) -> Any:
    before = getattr(gui, "last_form", None)
    opener()
    qtbot.waitUntil(lambda: getattr(gui, "last_form", None) is not before, timeout=10000)
    return gui.last_form


def save(qtbot: Any, gui: Any, form: Any) -> None:
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, gui)


def test_case_interview_photo_lesion_search_lock(qtbot: Any, gui: Any, clock: Any,
                                                 tmp_path: Path) -> None:
    open_vault(qtbot, gui)
    main = gui.main

    # A case, by keyboard; the required title is reported at the field first.
    form = new_form(qtbot, gui, lambda: main.new_record("case"))
    form.activateWindow()
    save(qtbot, gui, form)
    assert form.isVisible()
    assert form.form.errors["title"].text() == "Required."
    type_text(qtbot, form.form.editors["title"].widget, "Избиение в ИВС Тараза")
    qtbot.keyClicks(form.form.editors["reference"].widget, "TRZ-2022-031")
    qtbot.keyClicks(form.form.editors["city"].widget, "Taraz")
    qtbot.keyClicks(form.form.editors["opened_on"].widget, "2022-01-20")
    save(qtbot, gui, form)
    qtbot.waitUntil(lambda: main.case_view is not None, timeout=10000)
    settle(qtbot, gui)
    view = main.case_view
    assert "TRZ-2022-031" in view.title.text()
    assert main.model.rowCount() == 1

    # A protected person (pseudonym shown, name hidden).
    form = new_form(qtbot, gui, lambda: view.add("person"))
    type_text(qtbot, form.form.editors["full_name"].widget, "Серик Тестовый")
    qtbot.keyClicks(form.form.editors["pseudonym"].widget, "A-17")
    qtbot.mouseClick(form.form.editors["protected"].widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, 8))
    qtbot.mouseClick(form.form.editors["do_not_contact"].widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, 8))
    save(qtbot, gui, form)
    settle(qtbot, gui)
    people = view.lists["person"]
    assert people.count() == 1
    assert "A-17" in people.item(0).text() and "Серик" not in people.item(0).text()
    assert "Do not contact" in people.item(0).text()

    # An interview, by keyboard, with a bad date reported at the field.
    form = new_form(qtbot, gui, lambda: view.add("interview"))
    qtbot.keyClicks(form.form.editors["date"].widget, "2022-13-45")
    qtbot.keyClicks(form.form.editors["language"].widget, "Russian")
    type_text(qtbot, form.form.editors["account"].widget,
                    "Его били дубинкой по пяткам в подвале.")
    save(qtbot, gui, form)
    assert "Not a valid date" in form.form.errors["date"].text()
    form.form.editors["date"].widget.clear()
    qtbot.keyClicks(form.form.editors["date"].widget, "2022-01-25")
    save(qtbot, gui, form)
    settle(qtbot, gui)
    assert view.lists["interview"].count() == 1

    # A photo, through the (test-answered) file dialog, with progress and a thumbnail.
    photo = tmp_path / "injury.jpg"
    Image.new("RGB", (640, 480), (180, 90, 80)).save(photo, "JPEG")
    from tests.ui.boxes import Answers

    Answers.files.append([str(photo)])
    view.gallery.add_files()
    qtbot.waitUntil(lambda: view.gallery.model.rowCount() == 1, timeout=15000)
    settle(qtbot, gui)
    thumb = view.gallery.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumb, QtGui.QPixmap) and not thumb.isNull()

    # A medical examination; a click on the diagram places lesion L1.
    form = new_form(qtbot, gui, lambda: view.add("medical_exam"))
    qtbot.keyClicks(form.form.editors["person_id"].widget, "A-17")
    assert form.form.editors["person_id"].value()
    qtbot.keyClicks(form.form.editors["date"].widget, "2022-01-26")
    form.tabs.setCurrentIndex(1)
    form.panel.save_first.click()
    settle(qtbot, gui)
    assert form.record_id is not None and form.panel.diagram.isEnabled()
    diagram = form.panel.diagram
    rect = diagram.drawing_rect()
    at = QPoint(int(rect.left() + rect.width() * 0.5), int(rect.top() + rect.height() * 0.27))
    lesion = new_form(qtbot, gui, lambda: qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton,
                                                          pos=at))
    values = lesion.form.values()
    assert values["view"] == "front" and values["body_region"] == "chest"
    assert 480 <= values["x"] <= 520 and 260 <= values["y"] <= 280
    assert values["marker"] == "L1"
    qtbot.keyClicks(lesion.form.editors["type"].widget, "Bruise")
    save(qtbot, gui, lesion)
    qtbot.waitUntil(lambda: len(diagram.markers) == 1, timeout=10000)
    assert diagram.marker_at(diagram.to_point(values["x"], values["y"])) is not None

    # Search finds the interview by a word of the account.
    type_text(qtbot, main.filters.search, "дубинк")
    qtbot.waitUntil(lambda: main.model.text == "дубинк" and main.model.rowCount() >= 1,
                    timeout=10000)
    settle(qtbot, gui)
    assert main.model.rows[0]["kind"] == "interview"

    # Idle lock with the test clock, mid-typing: the draft comes back after unlocking.
    form = new_form(qtbot, gui, lambda: view.add("complaint"))
    type_text(qtbot, form.form.editors["response"].widget, "Отказано в возбуждении дела")
    clock.advance(299)
    gui.idle.check()
    assert gui.session is not None
    clock.advance(2)
    gui.idle.check()
    assert gui.session is None and gui.main is None
    assert type(gui.gate).__name__ == "UnlockWindow"
    settle(qtbot, gui)
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    qtbot.waitUntil(lambda: getattr(gui, "last_form", None) is not None
                    and gui.last_form is not form, timeout=10000)
    restored = gui.last_form
    assert restored.kind == "complaint"
    assert "Отказано" in restored.form.values()["response"]


def test_quick_lock_and_panic_keys(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    gui.main.activateWindow()
    qtbot.keyClick(gui.main.filters.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gui.session is None
    settle(qtbot, gui)
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    gui.gate.unlock()
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    qtbot.keyClick(gui.main.table, Qt.Key.Key_F12)
    assert gui.session is None and gui.locked_count == 2
