"""Switching the interface language in Settings: the windows are rebuilt and every
visible string changes — to Russian, then to Kazakh — while the vault stays open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolBar

from tests.ui.conftest import open_vault, settle


def switch(qtbot: Any, gui: Any, lang: str, save_text: str) -> Any:
    from ui.field.settings import SettingsDialog

    before = gui.main
    dialog = SettingsDialog(gui, before)
    dialog.show()
    settle(qtbot, gui)
    combo = dialog.language
    combo.setFocus()
    target = combo.findData(lang)
    while combo.currentIndex() != target:  # arrow keys, as on a closed combo box
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    (save,) = [b for b in dialog.findChildren(QPushButton) if b.text() == save_text]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.main is not None and gui.main is not before, timeout=15000)
    settle(qtbot, gui)
    return gui.main


def visible_texts(main: Any) -> list[str]:
    (bar,) = main.findChildren(QToolBar)
    return [a.text() for a in bar.actions() if a.text()] + [
        main.filters.search.placeholderText(), main.filters.kind.currentText(),
        main.model.headerData(0, Qt.Orientation.Horizontal), main.statusBar().currentMessage()]


def test_switch_language_to_russian_then_kazakh(qtbot: Any, gui: Any) -> None:
    from ui import i18n

    before = i18n.chosen_language()
    try:
        open_vault(qtbot, gui)
        english = visible_texts(gui.main)
        assert "New case" in english and "Send to coordinator…" in english

        main = switch(qtbot, gui, "ru", "Save settings")
        russian = visible_texts(main)
        assert "Новое дело" in russian and "Отправить координатору…" in russian
        assert main.filters.kind.currentText() == "Дело"
        assert not set(english) & set(russian)  # every string changed
        assert i18n.current() == "ru" and i18n.chosen_language() == "ru"

        main = switch(qtbot, gui, "kk", "Сохранить настройки")
        kazakh = visible_texts(main)
        assert "Жаңа іс" in kazakh
        assert not set(kazakh) & (set(english) | set(russian))
        assert i18n.current() == "kk"
        assert gui.session is not None  # the vault stayed open throughout
    finally:
        i18n.choose_language(before)
        i18n.install("en")
