"""Leaving a window, as a person does it: Save saves and closes; Esc, Cancel and × close,
asking once when something typed would be lost; Discard deletes the draft for good;
closing the main window locks, releases the vault and ends the session. Also: the wheel
leaves unfocused controls alone, dates are typed as people write them, windows fit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app import drafts
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.boxes import Answers
from tests.ui.conftest import open_vault, settle, type_text
from tests.ui.test_cases import new_form


def _pending(gui: Any) -> list[drafts.Draft]:
    s = gui.session
    return gui.tasks.call(lambda: drafts.all_drafts(s.db))


def _relock(qtbot: Any, gui: Any) -> None:
    gui.lock()
    settle(qtbot, gui)
    qtbot.keyClicks(gui.gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gui.gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gui.main is not None, timeout=15000)
    settle(qtbot, gui)


def _visible_forms(gui: Any) -> list[Any]:
    from ui.field.forms import FormDialog

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FormDialog) and w.isVisible()]


def test_save_saves_once_and_closes(qtbot: Any, gui: Any) -> None:

    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("case"))
    type_text(qtbot, form.form.editors["title"].widget, "Избиение в ИВС")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, gui)
    assert not form.isVisible() if _alive(form) else True
    assert _visible_forms(gui) == []
    assert gui.main.model.rowCount() == 1
    assert _pending(gui) == []  # the saved form's draft is gone with it
    assert Answers.seen == []  # nothing asked: nothing was lost


def _alive(w: Any) -> bool:
    from ui.qt import is_alive

    return is_alive(w)


def test_esc_closes_an_untouched_form_without_asking(qtbot: Any, gui: Any) -> None:

    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("facility"))
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    settle(qtbot, gui)
    assert _visible_forms(gui) == []
    assert Answers.seen == [] and Answers.unanswered == []  # nothing asked


def test_discarded_form_never_comes_back(qtbot: Any, gui: Any) -> None:

    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("npm_visit"))
    qtbot.keyClicks(form.form.editors["started_at"].widget, "02.04.2024 10:00")
    qtbot.waitUntil(lambda: len(_pending(gui)) == 1, timeout=5000)  # the draft is kept
    # Esc asks once; "keep editing" keeps the form and its text.
    Answers.queue.append("keep")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and not Answers.queue  # asked, once
    # × (the title bar) asks the same question once; Discard deletes the draft.
    Answers.queue.append("discard")
    form.close()
    settle(qtbot, gui)
    assert not Answers.queue  # asked once more, for the ×
    assert _visible_forms(gui) == []
    assert _pending(gui) == []
    _relock(qtbot, gui)
    _relock(qtbot, gui)
    assert _visible_forms(gui) == []
    assert _pending(gui) == []


def test_closing_the_main_window_keeps_drafts_locks_and_releases(qtbot: Any, gui: Any
                                                                  ) -> None:
    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("case"))
    type_text(qtbot, form.form.editors["title"].widget, "Незаконченная запись")
    gui.main.close()
    settle(qtbot, gui)
    assert gui.session is None and gui.quitting
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    # The vault is closed and its lock released: it opens at once, and the typed text
    # waits in it as an encrypted draft.
    vault = Vault.open(gui.vault_path, PASSPHRASE)
    try:
        kept = drafts.all_drafts(vault.db)
    finally:
        vault.close()
    assert [d.body["values"]["title"] for d in kept] == ["Незаконченная запись"]


def test_wheel_over_an_unfocused_drop_down_changes_nothing(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("npm_visit"))
    checklist = form.form.editors["checklist"]
    combo = next(iter(checklist.rows.values()))[0]
    form.form.editors["started_at"].widget.setFocus()
    assert not combo.hasFocus()
    before = combo.currentIndex()
    for _ in range(3):
        pos = QPointF(combo.width() / 2, combo.height() / 2)
        event = QWheelEvent(pos, QPointF(combo.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before
    assert form.values()["checklist"] == []
    # With the focus (the person chose it), the wheel works as usual.
    combo.setFocus()
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() != before


def test_dates_typed_as_people_write_them_and_the_calendar(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("case"))
    type_text(qtbot, form.form.editors["title"].widget, "Дата по-русски")
    opened = form.form.editors["opened_on"]
    qtbot.keyClicks(opened.widget, "16.03.2024")
    assert opened.value() == "2024-03-16"
    closed = form.form.editors["closed_on"]
    closed.calendar_action.trigger()
    cal = closed.popup
    assert cal is not None and cal.isVisible()
    from PySide6.QtCore import QDate

    cal.setSelectedDate(QDate(2024, 4, 2))
    qtbot.keyClick(cal.focusWidget() or cal, Qt.Key.Key_Return)
    assert closed.value() == "2024-04-02"
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, gui)
    assert _visible_forms(gui) == []
    s = gui.session
    rows = gui.tasks.call(lambda: s.db.all(
        "SELECT json_extract(body, '$.opened_on'), json_extract(body, '$.closed_on')"
        " FROM records WHERE kind = 'case'"))
    assert [tuple(r) for r in rows] == [("2024-03-16", "2024-04-02")]


def test_a_window_larger_than_the_screen_is_shrunk_onto_it(qtbot: Any, gui: Any) -> None:
    open_vault(qtbot, gui)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("npm_visit"))
    form.resize(1000, 2000)
    QApplication.processEvents()
    screen = form.screen().availableGeometry()
    assert form.height() <= screen.height() and form.width() <= screen.width()
    assert screen.contains(form.geometry())
    assert form.save_button.isVisible() and form.cancel_button.isVisible()
