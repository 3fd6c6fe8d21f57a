"""The record list at 1280×800, the screen of many field laptops: no horizontal
scrolling, the title gets the room (elided, the whole title in its tooltip), flags are
compact coloured chips — in English and in Russian."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import open_vault, settle

LONG = ("Избиение задержанного в изоляторе временного содержания и отказ в медицинской "
        "помощи после доставления")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_case_list_is_readable_at_1280_by_800(qtbot: Any, gui: Any, lang: str) -> None:
    from app.records import Records
    from ui import i18n
    from ui.models import FLAGS_ROLE

    def populate() -> None:
        records = Records(gui.session.vault)
        for i in range(40):
            case = records.create("case", {
                "reference": f"PPL-2024-{i:03d}", "title": f"{LONG} {i}",
                "city": "petropavlovsk", "status": "follow_up", "opened_on": "2024-03-01",
                "reprisal_risk": "high" if i % 2 else "low"}).record_id
            records.create("person", {"full_name": f"Вымышленный {i}", "pseudonym": f"A-{i}",
                                      "protected": True, "do_not_contact": True,
                                      "reprisal_risk": "high", "case_ids": [case]})

    try:
        i18n.install(lang)
        open_vault(qtbot, gui)
        gui.tasks.call(populate)
        main = gui.main
        main.resize(1280, 800)
        main.show()
        main.refresh_list()
        settle(qtbot, gui)
        qtbot.waitUntil(lambda: main.model.rowCount() == 40, timeout=10000)
        table, model = main.table, main.model
        cols = list(model.COLUMNS)
        title, flags = cols.index("title"), cols.index("flags")
        assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
        room = table.viewport().width()
        assert table.columnWidth(title) >= 0.4 * room, main.columns.hidden()
        assert not table.isColumnHidden(flags)
        assert table.columnWidth(flags) <= 180
        # The whole title, and where/what, in the tooltip.
        first = model.index(0, title)
        tip = first.data(Qt.ItemDataRole.ToolTipRole)
        assert first.data() in tip and LONG in tip
        assert ("01.03.2024" if lang == "ru" else "2024-03-01") in tip  # as the reader writes it
        # Flags are chips: codes for the delegate, full names in the tooltip.
        risky = next(r for r in range(model.rowCount())
                     if model.index(r, flags).data(FLAGS_ROLE))
        assert model.index(risky, flags).data(FLAGS_ROLE) == ["reprisal_risk"]
        from ui import labels

        assert model.index(risky, flags).data(Qt.ItemDataRole.ToolTipRole) == \
            labels.flag_label("reprisal_risk")
        rect = table.visualRect(model.index(risky, flags))
        image = table.viewport().grab().toImage()
        reds = [image.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.right())]
        assert any(c.red() > 130 and c.green() < 60 and c.blue() < 60 for c in reds)  # a chip

        # People: three flags each; the safety ones come first, the rest as "+N".
        main.filters.kind.setCurrentIndex(main.filters.kind.findData("person"))
        settle(qtbot, gui)
        qtbot.waitUntil(lambda: main.model.rowCount() == 40, timeout=10000)
        cols = list(model.COLUMNS)
        assert table.horizontalScrollBar().maximum() == 0
        assert {"status", "date"} <= set(main.columns.hidden())  # people have neither
        row = model.index(0, cols.index("flags"))
        assert set(row.data(FLAGS_ROLE)) == {"protected", "do_not_contact", "reprisal_risk"}
        assert table.columnWidth(cols.index("title")) >= 0.4 * table.viewport().width()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_visits_in_the_list_show_their_place(qtbot: Any, gui: Any, lang: str) -> None:
    """Two NPM visits on the same day to different places: the list tells them apart by
    the place (a column of its own, in the reader's language), as the case list does by
    title; cases, which have no place, do not get an empty column."""
    from app.records import Records
    from ui import i18n

    def populate() -> None:
        records = Records(gui.session.vault)
        for name, code in (("ИВС ДП Вымышленной области", "ИВС-7"),
                           ("СИЗО Вымышленного района", "ЛА-155/18")):
            fac = records.create("facility", {"name": name, "code": code,
                                              "type": "ivs"}).record_id
            records.create("npm_visit", {"facility_id": fac,
                                         "started_at": "2024-04-02T10:00"})
        records.create("case", {"title": "Дело без места"})

    try:
        i18n.install(lang)
        open_vault(qtbot, gui)
        gui.tasks.call(populate)
        main = gui.main
        main.show()
        main.filters.kind.setCurrentIndex(main.filters.kind.findData("npm_visit"))
        settle(qtbot, gui)
        qtbot.waitUntil(lambda: main.model.rowCount() == 2, timeout=10000)
        model, table = main.model, main.table
        col = list(model.COLUMNS).index("facility")
        assert not table.isColumnHidden(col)
        header = model.headerData(col, Qt.Orientation.Horizontal)
        assert header and header != "Place"  # translated
        places = {model.index(r, col).data() for r in range(2)}
        assert places == {"ИВС ДП Вымышленной области (ИВС-7)",
                          "СИЗО Вымышленного района (ЛА-155/18)"}
        titles = {model.index(r, list(model.COLUMNS).index("title")).data() for r in range(2)}
        assert len(titles) == 1  # same day: only the place distinguishes them
        assert all(p in (model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
                   for r, p in enumerate(model.index(r, col).data() for r in range(2)))
        main.filters.kind.setCurrentIndex(main.filters.kind.findData("case"))
        settle(qtbot, gui)
        qtbot.waitUntil(lambda: main.model.rowCount() == 1, timeout=10000)
        assert "facility" in main.columns.hidden()  # cases have no place
    finally:
        i18n.install("en")
