"""What a monitor sees on a 1366×768 laptop in Russian and Kazakh, after the desktop,
consent and figures work: the statistics page's date hints and long table titles whole,
the devices table with no sideways scrolling, dates written as the reader writes them
(desk times, the NPM carry-over banner), and anonymised statistics stubs kept out of
the lists people work from. Driven as a person: unlock, click, choose, read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui.conftest import open_vault, settle
from tests.ui.test_archive_kit import (
    a_case,
    copy_world,
    export,
    field,
    open_desk,
    show,
)
from tests.ui.test_cases import new_form
from tests.ui.window_audit import audit

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DOTTED = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
LANGS = ["ru", "kk"]


def _desk(qtbot: Any, gui: Any, world_template: Path, tmp_path: Path, lang: str) -> Any:
    """The archive, one bundle received, the sending laptop then revoked (its state is
    the longest cell of the devices table), opened in `lang`."""
    from app.usecases import devices as actions
    from tests.ui.boxes import Answers
    from ui import i18n

    world = copy_world(world_template, tmp_path)
    with field(world["a"]) as a:
        a_case(a)
        export(a, world["usb"] / "a1.bundle")
    i18n.install(lang)
    window = open_desk(qtbot, gui)
    window.show()
    page = show(qtbot, gui, window, "receive")
    Answers.files.append([str(world["usb"] / "a1.bundle")])
    page.choose_files()
    qtbot.waitUntil(lambda: page.batch is None, timeout=20000)
    settle(qtbot, gui)
    s = gui.session
    device = gui.tasks.call(lambda: actions.devices(s))[0]["device_id"]
    gui.tasks.call(lambda: actions.revoke(s, device, reason="Изъят на блокпосту"))
    return window


@pytest.mark.parametrize("lang", LANGS)
def test_statistics_hints_and_titles_whole(qtbot: Any, gui: Any, world_template: Path,
                                           tmp_path: Path, lang: str) -> None:
    window = _desk(qtbot, gui, world_template, tmp_path, lang)
    page = show(qtbot, gui, window, "stats")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() > 5 and not page.strip.busy, timeout=20000)
    settle(qtbot, gui)
    for edit in (page.date_from, page.date_to):
        hint = edit.placeholderText()
        assert "DD" not in hint  # translated
        room = edit.contentsRect().width() - 2 * 4  # the style's padding
        assert edit.fontMetrics().horizontalAdvance(hint) <= room, (lang, hint)
    fm = page.list.fontMetrics()
    wrap = int(Qt.TextFlag.TextWordWrap)
    for row in range(page.list.count()):
        item = page.list.item(row)
        page.list.scrollToItem(item)
        rect = page.list.visualItemRect(item)
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert page.list.currentRow() == row
        rect = page.list.visualItemRect(item)  # selected: the focus border is drawn
        # Painted in the item less its padding: every line of the title fits its height.
        needed = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), wrap,
                                 item.text()).height()
        assert needed <= rect.height(), (lang, item.text(), needed, rect.height())
        assert page.title.text() == item.text()
    assert not [p for p in audit(window, lang) if "Statistics" in p or "FilterBar" in p]
    assert not window.centralWidget().findChildren(type(page.list))[0].horizontalScrollBar() \
        .isVisible()


@pytest.mark.parametrize("lang", LANGS)
def test_devices_fit_without_sideways_scrolling(qtbot: Any, gui: Any, world_template: Path,
                                                tmp_path: Path, lang: str) -> None:
    window = _desk(qtbot, gui, world_template, tmp_path, lang)
    page = show(qtbot, gui, window, "devices")
    page.refresh()
    settle(qtbot, gui)
    table = page.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10000)
    assert window.width() <= 1366
    header = table.horizontalHeader()
    widths = sum(header.sectionSize(i) for i in range(table.columnCount()))
    assert widths <= table.viewport().width(), (lang, widths, table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    cells = [table.item(r, c).text() for r in range(table.rowCount())
             for c in range(table.columnCount())]
    revoked = next(r for r in range(table.rowCount()) if DOTTED.search(table.item(r, 1).text()))
    # Every cell whole: a row as tall as its most wrapped cell needs (Qt's own measure).
    for r in range(table.rowCount()):
        assert table.rowHeight(r) >= table.sizeHintForRow(r), (lang, r)
    table.selectRow(revoked)
    settle(qtbot, gui)
    shown = " ".join(cells) + " " + page.detail.text()
    assert DOTTED.search(shown) and not ISO.search(shown), shown


def test_stubs_out_of_the_field_lists(qtbot: Any, gui: Any) -> None:
    from app.records import Records
    from ui import i18n

    i18n.install("kk")
    open_vault(qtbot, gui)

    def populate() -> None:
        r = Records(gui.session.vault)
        r.create("case", {"title": "Іс", "city": "taraz"})
        # As an export makes it for a person who refused sharing (app.stubs).
        r.create("statistics_stub", {"of_kind": "incident", "city": "taraz",
                                     "month": "2022-01", "methods": ["beating_fists_feet"]})

    gui.tasks.call(populate)
    main = gui.main
    main.show()
    kinds = [main.filters.kind.itemData(i) for i in range(main.filters.kind.count())]
    assert "statistics_stub" not in kinds
    main.filters.kind.setCurrentIndex(main.filters.kind.findData(""))
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: main.model.rowCount() == 1, timeout=10000)
    assert [r["kind"] for r in main.model.rows] == ["case"]
    assert main.model.total == 1
    # Searched for a method only the stub holds: nothing.
    main.filters.search.setText("ұрып")
    settle(qtbot, gui)
    qtbot.wait(400)
    settle(qtbot, gui)
    assert all(r["kind"] != "statistics_stub" for r in main.model.rows)


@pytest.mark.parametrize("lang", LANGS)
def test_carry_over_banner_dates_as_written(qtbot: Any, gui: Any, lang: str) -> None:
    from app.records import Records
    from ui import i18n

    i18n.install(lang)
    open_vault(qtbot, gui)

    def populate() -> str:
        r = Records(gui.session.vault)
        fac = r.create("facility", {"name": "ИВС Вымышленного района"}).record_id
        r.create("npm_visit", {"facility_id": fac, "started_at": "2022-02-15T10:00",
                               "recommendations": [{"id": "r1", "text": "Ремонт камер"}]})
        return fac

    fac = gui.tasks.call(populate)
    form = new_form(qtbot, gui, lambda: gui.main.new_record("npm_visit"))
    combo = form.form.editors["facility_id"].widget
    combo.setCurrentIndex(combo.findData(fac))
    settle(qtbot, gui)
    qtbot.waitUntil(lambda: form.banner.isVisible(), timeout=10000)
    text = form.banner.text()
    assert "15.02.2022" in text and not ISO.search(text), text
    assert "NPM" not in text
