"""The smaller items of working on the desktop, driven by keys and clicks: a facility
made from the visit that needs it, a minor held too long, one click showing a case and
a record, every section of a case in sight, Enter moving through the passphrase form,
the archive's settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.records import Records
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import open_vault, settle, type_text
from tests.ui.test_cases import new_form


def test_a_facility_is_created_from_the_visit_that_needs_it(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    visit = new_form(qtbot, gui, lambda: gui.main.new_record("npm_visit"))
    facility = visit.form.editors["facility_id"]
    assert visit.form.editors["recommendations"].add_button.text() != "Add"
    new_button = facility.companions[0]
    qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.last_form is not visit, timeout=10000)
    made = gui.last_form
    assert made.kind == "facility"
    type_text(qtbot, made.form.editors["name"].widget, "ИВС Вымышленного района")
    qtbot.keyClick(made, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: facility.value() is not None, timeout=10000)
    assert "ИВС Вымышленного района" in facility.widget.currentText()
    from ui.qt import is_alive

    assert visit.isVisible() and not (is_alive(made) and made.isVisible())
    qtbot.keyClicks(visit.form.editors["started_at"].widget, "02.04.2024 10:00")
    chosen = facility.value()
    visit.activateWindow()
    qtbot.waitUntil(visit.isActiveWindow, timeout=5000)
    qtbot.keyClick(visit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, gui)
    s = gui.session
    rows = gui.tasks.call(lambda: s.db.all(
        "SELECT json_extract(body, '$.facility_id'), json_extract(body, '$.started_at')"
        " FROM records WHERE kind = 'npm_visit'"))
    assert [tuple(r) for r in rows] == [(chosen, "2024-04-02T10:00")]


def test_a_minor_held_30_hours_is_flagged_in_the_detention_form(qtbot: Any, gui: Any
                                                                ) -> None:
    from storage.vault import Vault as V

    v, _code = V.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    r = Records(v)
    cid = r.create("case", {"title": "Задержание подростка"}).record_id
    r.create("person", {"full_name": "Тестовый Подросток", "minor": True,
                        "case_ids": [cid], "roles": ["victim"]})
    v.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gui.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    gui.main.show_case(cid)
    settle(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.case_view.add("detention"))
    person = form.form.editors["person_id"].widget
    person.setCurrentIndex(person.findText("Тестовый Подросток", Qt.MatchFlag.MatchContains))
    qtbot.keyClicks(form.form.editors["hours_before_registration"].widget, "30")
    assert form.warning.isVisible() and "24" in form.warning.text()
    form.form.editors["hours_before_registration"].widget.setText("20")
    assert not form.warning.isVisible()


def test_one_click_shows_the_case_and_the_record(qtbot: Any, gui: Any) -> None:
    v, _code = Vault.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    r = Records(v)
    cid = r.create("case", {"title": "Дело для одного щелчка"}).record_id
    r.create("person", {"full_name": "Гульнара Тестовая", "case_ids": [cid],
                        "roles": ["relative"]})
    v.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gui.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    main = gui.main
    table = main.table
    qtbot.waitUntil(lambda: main.model.rowCount() == 1, timeout=10000)
    rect = table.visualRect(main.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: main.case_view is not None, timeout=10000)
    settle(qtbot, gui)
    view = main.case_view
    assert view.case_id == cid
    # Every section is in sight (none behind a tab bar's arrows), and one click on a
    # section shows it.
    sections = view.sections
    last = sections.visualItemRect(sections.item(sections.count() - 1))
    assert sections.viewport().rect().contains(last)
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton,
                     pos=sections.visualItemRect(sections.item(1)).center())
    assert view.tabs.currentIndex() == 1
    people = view.lists["person"]
    assert "Гульнара Тестовая" in people.item(0).text()
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton,
                     pos=people.visualItemRect(people.item(0)).center())
    preview = view.previews["person"].toPlainText()
    assert "Гульнара Тестовая" in preview
    from ui import labels

    assert labels.vocab_label("role_in_case", "relative") in people.item(0).text()


def test_enter_moves_through_the_create_vault_form(qtbot: Any, gui: Any) -> None:
    gui.start()
    gate = gui.gate
    gate.activateWindow()
    qtbot.waitUntil(gate.isActiveWindow, timeout=5000)
    gate.device_name.setFocus()
    qtbot.keyClicks(gate.device_name, "Taraz laptop 2")
    qtbot.keyClick(gate.device_name, Qt.Key.Key_Return)
    assert gate.passphrase.hasFocus()
    qtbot.keyClicks(gate.passphrase, "short")
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    assert gate.passphrase2.hasFocus()
    qtbot.keyClick(gate.passphrase2, Qt.Key.Key_Return)  # too short: said, nothing made
    assert gate.message.isVisible()
    qtbot.keyClicks(gate.passphrase, " and four more words")
    assert not gate.message.isVisible()  # the complaint went with what it was about


def test_archive_settings_have_no_field_coordinators(qtbot: Any, gui: Any) -> None:
    from ui.field.settings import SettingsDialog

    v, _code = Vault.create(gui.vault_path, PASSPHRASE, name="Office", role="archive")
    v.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gui.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    dlg = SettingsDialog(gui, gui.main)
    dlg.show()
    settle(qtbot, gui)
    assert not dlg.coordinators.isVisibleTo(dlg)
    dlg.close()



def test_visits_in_a_case_name_their_place(qtbot: Any, gui: Any) -> None:
    v, _code = Vault.create(gui.vault_path, PASSPHRASE, name="Test laptop")
    r = Records(v)
    cid = r.create("case", {"title": "Дело с визитом"}).record_id
    pid = r.create("person", {"full_name": "Тестовый Задержанный", "case_ids": [cid]}
                   ).record_id
    fac = r.create("facility", {"name": "ИВС Вымышленного района"}).record_id
    r.create("detention", {"case_id": cid, "person_id": pid, "facility_id": fac})
    r.create("npm_visit", {"facility_id": fac, "started_at": "2024-04-02T10:00"})
    v.close()
    gui.start()
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gui.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)
    gui.main.show_case(cid)
    settle(qtbot, gui)
    visits = gui.main.case_view.lists["npm"]
    assert visits.count() == 1
    assert "ИВС Вымышленного района" in visits.item(0).text()
    detentions = gui.main.case_view.lists["detention"]
    assert "Тестовый Задержанный" in detentions.item(0).text()
