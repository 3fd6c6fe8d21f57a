"""The spreadsheet import, as a person uses it in Russian: choose the file, see the
columns matched, see every problem, correct, import; the records appear in the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.ui.conftest import open_vault, settle


def _book(path: Path, birth: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Пострадавшие"])
    sheet.append(["ФИО", "Дата рождения", "Пол", "Примечание"])
    sheet.append(["Тлеубергенова Сауле", "16.03.1990", "ж", "из списка 2022 года"])
    sheet.append(["Ахметов Бекзат", birth, "Мужской", ""])
    book.save(path)
    return path


def test_a_person_imports_a_workbook_after_seeing_its_problems(qtbot: Any, gui: Any,
                                                               tmp_path: Path) -> None:
    from ui import i18n
    from ui.qt import QtWidgets
    from ui.spreadsheets import SpreadsheetImport

    i18n.install("ru")
    open_vault(qtbot, gui)
    dialog = SpreadsheetImport(gui, gui.main)
    dialog.show()
    assert dialog.windowTitle() == "Импорт из таблицы"
    dialog.path.setText(str(_book(tmp_path / "bad.xlsx", "31.02.1991")))
    dialog.next.click()
    settle(qtbot, gui)
    assert dialog.steps.currentIndex() == 1
    matched = {dialog.grid.item(r, 0).text(): dialog.grid.cellWidget(r, 1).currentData()
               for r in range(dialog.grid.rowCount())}
    assert matched == {"ФИО": "full_name", "Дата рождения": "date_of_birth",
                       "Пол": "gender", "Примечание": ""}
    dialog.next.click()
    settle(qtbot, gui)
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("Строка 4" in line and "Дата рождения" in line for line in lines), lines
    assert not dialog.next.isEnabled()  # nothing is imported while a cell is wrong

    dialog.back.click()
    dialog.back.click()
    dialog.path.setText(str(_book(tmp_path / "good.xlsx", "02.05.1987")))
    dialog.next.click()
    settle(qtbot, gui)
    dialog.next.click()
    settle(qtbot, gui)
    assert dialog.next.isEnabled() and dialog.next.text() == "Импортировать"
    dialog.next.click()
    settle(qtbot, gui)
    assert "Импортировано 2" in dialog.summary.text()
    names = {r[0] for r in gui.session.db.all(
        "SELECT json_extract(body, '$.full_name') FROM records WHERE kind = 'person'")}
    assert names == {"Тлеубергенова Сауле", "Ахметов Бекзат"}
    dialog.close()
    settle(qtbot, gui)
    assert not [w for w in QtWidgets.QApplication.topLevelWidgets()
                if isinstance(w, SpreadsheetImport) and w.isVisible()]
