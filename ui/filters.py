"""The statistics' filters as one row of widgets — dates, region, city, facility, event
tag — for every screen that narrows records the way the figures do (the statistics page,
record tables). It builds the one filter object (app.usecases.figures.filters), so what a
person typed means the same on every screen. The words are the statistics page's own."""

from __future__ import annotations

from collections.abc import Iterable

from app.dates import to_iso
from app.usecases import figures
from ui import labels
from ui.qt import QtWidgets, Signal, translate

ALL = ("date_from", "date_to", "region", "city", "facility_id", "tag")


class FilterBar(QtWidgets.QWidget):
    """`offer`: the filters this screen can apply (others are not shown at all, never
    shown and ignored). `changed` fires on every edit. `wide`: two rows across a page
    (the statistics page, whose buttons go in `end`, the second row's right end);
    otherwise a narrow column, a filter a row (a dialog)."""

    changed = Signal()

    def __init__(self, offer: Iterable[str] = ALL, *, wide: bool = False,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        offer = set(offer)
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.end = QtWidgets.QHBoxLayout()
        self.date_from = QtWidgets.QLineEdit()
        self.date_from.setPlaceholderText(translate("Statistics", "from DD.MM.YYYY"))
        self.date_to = QtWidgets.QLineEdit()
        self.date_to.setPlaceholderText(translate("Statistics", "to DD.MM.YYYY"))
        for edit in (self.date_from, self.date_to):
            _fit_placeholder(edit)
        self.region = self._combo(translate("Statistics", "Every region"), "region")
        self.city = self._combo(translate("Statistics", "Every city"), "city")
        self.facility = QtWidgets.QComboBox()
        self.facility.addItem(translate("Statistics", "Every facility"), "")
        self.facility.setMinimumContentsLength(18)
        self.facility.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag = QtWidgets.QLineEdit()
        self.tag.setPlaceholderText(translate("Statistics", "e.g. January 2022"))
        dates = QtWidgets.QLabel(translate("Statistics", "&Dates"))
        dates.setBuddy(self.date_from)
        tag = QtWidgets.QLabel(translate("Statistics", "&Tag"))
        tag.setBuddy(self.tag)
        if wide:
            self._wide(grid, dates, tag)
        else:
            self._column(grid, dates, tag, offer)
        for name, widgets in (("date_from", [self.date_from, dates]),
                              ("date_to", [self.date_to]), ("region", [self.region]),
                              ("city", [self.city]), ("facility_id", [self.facility]),
                              ("tag", [self.tag, tag])):
            for w in widgets:
                w.setVisible(name in offer)
                if name not in offer:
                    w.setParent(self)  # kept (filters() reads it, empty) but never shown
        for edit in (self.date_from, self.date_to, self.tag):
            edit.textChanged.connect(self.changed)
        for combo in (self.region, self.city, self.facility):
            combo.currentIndexChanged.connect(self.changed)

    def _wide(self, grid: QtWidgets.QGridLayout, dates: QtWidgets.QLabel,
              tag: QtWidgets.QLabel) -> None:
        first = QtWidgets.QHBoxLayout()
        for w in (dates, self.date_from, self.date_to):
            first.addWidget(w)
        first.addSpacing(8)
        first.addWidget(self.region)
        first.addWidget(self.city)
        first.addStretch(1)
        # The facility and the event tag on a second row: at 1366 pixels, in Kazakh, the
        # dates' whole hints must stay readable on the first.
        second = QtWidgets.QHBoxLayout()
        second.addWidget(self.facility, 1)
        second.addSpacing(8)
        second.addWidget(tag)
        self.tag.setMinimumWidth(260)
        second.addWidget(self.tag)
        second.addStretch(1)
        second.addLayout(self.end)
        grid.addLayout(first, 0, 0)
        grid.addLayout(second, 1, 0)

    def _column(self, grid: QtWidgets.QGridLayout, dates: QtWidgets.QLabel,
                tag: QtWidgets.QLabel, offer: set[str]) -> None:
        row = 0  # only the offered filters take a row: no gap where one is left out
        if {"date_from", "date_to"} & offer:
            grid.addWidget(dates, row, 0)
            grid.addWidget(self.date_from, row, 1)
            grid.addWidget(self.date_to, row, 2)
            row += 1
        for name, combo in (("region", self.region), ("city", self.city),
                            ("facility_id", self.facility)):
            if name in offer:
                grid.addWidget(combo, row, 1, 1, 2)
                row += 1
        if "tag" in offer:
            grid.addWidget(tag, row, 0)
            grid.addWidget(self.tag, row, 1, 1, 2)
        grid.addLayout(self.end, row + 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def _combo(self, every: str, vocab: str) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox()
        combo.addItem(every, "")
        for code, text in labels.vocab_items(vocab):
            combo.addItem(text, code)
        return combo

    def set_facilities(self, items: list[tuple[str, str]]) -> None:
        for rid, name in items:
            self.facility.addItem(name, rid)

    def values(self) -> dict[str, str | None]:
        """What the person typed and chose, by the filters' names (dates as ISO where
        they read as dates; the core refuses the rest with a clear message)."""
        return {"date_from": to_iso(self.date_from.text()) or None,
                "date_to": to_iso(self.date_to.text()) or None,
                "city": self.city.currentData() or None,
                "facility_id": self.facility.currentData() or None,
                "region": self.region.currentData() or None,
                "tag": self.tag.text().strip() or None}

    def filters(self) -> figures.Filters:
        """The statistics' filter object; a badly typed date raises the core's error."""
        return figures.filters(**self.values())

    def describe(self) -> str:
        """The filters in words, as the statistics page says them ("" when none)."""
        parts = []
        a, b = self.date_from.text().strip(), self.date_to.text().strip()
        if a or b:
            parts.append(translate("Statistics", "dates %1 to %2")
                         .replace("%1", a or "…").replace("%2", b or "…"))
        for combo in (self.region, self.city):
            if combo.currentData():
                parts.append(combo.currentText())
        if self.tag.text().strip():
            parts.append(self.tag.text().strip())
        if self.facility.currentData():
            parts.append(self.facility.currentText())
        return (translate("Statistics", "Filters: %1.").replace("%1", ", ".join(parts))
                if parts else "")


def _fit_placeholder(edit: QtWidgets.QLineEdit) -> None:
    """Wide enough for its whole placeholder in this language ("КК.АА.ЖЖЖЖ бастап" is
    longer than "from DD.MM.YYYY"): the hint says how to type a date, cut it says nothing.
    The margin covers the frame, the style's padding and the cursor."""
    text = edit.placeholderText()
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(text) + 28)
