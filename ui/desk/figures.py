"""Statistics over the archive: every table of app.stats as a chart drawn with QPainter
(no extra dependency) and as a table, with filters, and CSV export of every table behind
a chart (after a warning: a CSV file is plaintext).

The figures are computed on the worker, all tables at once (app.stats reads the
archive once per filter); switching between tables only redraws.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from app.usecases import figures
from app.usecases.figures import Chart
from storage.errors import Cancelled
from ui import dialogs, i18n
from ui.desk.common import DeskPage, button
from ui.filters import FilterBar
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QRectF,
    QSize,
    Qt,
    QtCore,
    QtGui,
    QTimer,
    QtWidgets,
    translate,
)
from ui.style import set_role

GROUP_COLOURS = {
    figures.PENDING: "#1d5a78",
    figures.CLOSED: "#b42318",
    figures.COURT: "#1e6b3a",
    figures.OTHER: "#c27a12",
    figures.UNKNOWN: "#9aa5b1",
}
PALETTE = [
    "#1d5a78",
    "#c27a12",
    "#1e6b3a",
    "#b42318",
    "#6b4fa0",
    "#2f8f9d",
    "#9aa5b1",
    "#7a5c3e",
    "#d45d79",
    "#4f7d2b",
    "#3d5a99",
    "#a0522d",
]

TITLES = {
    "status_by_city": QT_TRANSLATE_NOOP("Statistics", "Complaints by status and city"),
    "by_month": QT_TRANSLATE_NOOP("Statistics", "Complaints by month filed"),
    "by_facility": QT_TRANSLATE_NOOP("Statistics", "Complaints by facility"),
    "closed_by_city": QT_TRANSLATE_NOOP("Statistics", "Closed complaints by city"),
    "lack_of_evidence_by_city": QT_TRANSLATE_NOOP(
        "Statistics", "Complaints closed for lack of evidence, by city"
    ),
    "victims_by_city": QT_TRANSLATE_NOOP("Statistics", "Victims who are women or minors, by city"),
    "methods": QT_TRANSLATE_NOOP("Statistics", "Methods of torture and ill-treatment"),
    "methods_by_city": QT_TRANSLATE_NOOP("Statistics", "Methods by city"),
}
NOTES = {
    "status_by_city": QT_TRANSLATE_NOOP(
        "Statistics",
        "First complaints (appeals, later steps and drafts left out), by the status their "
        "legal path gives them; city: the complaint's, else its case's. The chart groups "
        "the statuses by outcome.",
    ),
    "by_month": QT_TRANSLATE_NOOP(
        "Statistics", "First complaints by the month they were filed, with their outcome."
    ),
    "by_facility": QT_TRANSLATE_NOOP(
        "Statistics",
        "A complaint counts under every facility its case names (in a "
        "detention or an incident): rows may add up to more than the total.",
    ),
    "closed_by_city": QT_TRANSLATE_NOOP(
        "Statistics",
        "Closed: registration refused, closed (no crime, no evidence) or "
        "amnesty. Percentages of first complaints.",
    ),
    "lack_of_evidence_by_city": QT_TRANSLATE_NOOP(
        "Statistics",
        "Closed for lack of evidence: closed for absence of a crime or of "
        "evidence. The chart shows the share of first complaints.",
    ),
    "victims_by_city": QT_TRANSLATE_NOOP(
        "Statistics",
        "Victims: people named as victims of a case or of one of its "
        "incidents, each counted once per city; city and date: the case's.",
    ),
    "methods": QT_TRANSLATE_NOOP(
        "Statistics",
        "Incidents naming each method; percentages of the incidents with at "
        "least one method recorded.",
    ),
    "methods_by_city": QT_TRANSLATE_NOOP(
        "Statistics", "Incidents naming each method, by the incident's city (else its case's)."
    ),
    "by_year_region": QT_TRANSLATE_NOOP(
        "Statistics", "First complaints by the year filed and the region of their city."
    ),
    "lack_of_evidence_by_region": QT_TRANSLATE_NOOP(
        "Statistics",
        "Closed for lack of evidence: closed for absence of a crime or of evidence, by "
        "region. The chart shows the share of first complaints.",
    ),
    "attrition": QT_TRANSLATE_NOOP(
        "Statistics",
        "How many first complaints reached each stage, as shown by any status on their "
        "legal path: registration, a suspect, victim status, court, conviction.",
    ),
    "submissions_by_body": QT_TRANSLATE_NOOP(
        "Statistics",
        "Every submission once: first complaints, and appeals and UN communications as "
        "steps of the complaint they continue.",
    ),
    "deaths_in_custody": QT_TRANSLATE_NOOP(
        "Statistics", "Deaths in custody by region, with the autopsy and the investigation."
    ),
    "reprisals": QT_TRANSLATE_NOOP(
        "Statistics", "Reprisals against victims, relatives and defenders, by kind and outcome."
    ),
    "detention_hours": QT_TRANSLATE_NOOP(
        "Statistics",
        "Detention episodes by the hours held before registration, against the legal limit "
        "of 48 hours (24 for a minor).",
    ),
    "perpetrators": QT_TRANSLATE_NOOP(
        "Statistics", "Each perpetrator named in an incident, by agency and involvement."
    ),
    "victims_profile": QT_TRANSLATE_NOOP(
        "Statistics",
        "Each victim once: women, minors, foreign nationals, activists and age at the "
        "time of their first case.",
    ),
    "methods_grouped": QT_TRANSLATE_NOOP(
        "Statistics",
        "Incidents naming at least one method of each group, e.g. every form of sexual "
        "violence together.",
    ),
}
WORDS = {  # the English labels app.stats gives fixed columns and rows
    "City code": QT_TRANSLATE_NOOP("Statistics", "City code"),
    "City": QT_TRANSLATE_NOOP("Statistics", "City"),
    "Month code": QT_TRANSLATE_NOOP("Statistics", "Month code"),
    "Month": QT_TRANSLATE_NOOP("Statistics", "Month"),
    "Facility id": QT_TRANSLATE_NOOP("Statistics", "Facility id"),
    "Facility": QT_TRANSLATE_NOOP("Statistics", "Facility"),
    "Method code": QT_TRANSLATE_NOOP("Statistics", "Method code"),
    "Method": QT_TRANSLATE_NOOP("Statistics", "Method"),
    "Complaints": QT_TRANSLATE_NOOP("Statistics", "Complaints"),
    "Not filed": QT_TRANSLATE_NOOP("Statistics", "Not filed"),
    "Pending": QT_TRANSLATE_NOOP("Statistics", "Pending"),
    "Closed": QT_TRANSLATE_NOOP("Statistics", "Closed"),
    "Sent to court": QT_TRANSLATE_NOOP("Statistics", "Sent to court"),
    "Other outcome": QT_TRANSLATE_NOOP("Statistics", "Other outcome"),
    "Status not recorded": QT_TRANSLATE_NOOP("Statistics", "Status not recorded"),
    "Closed (%)": QT_TRANSLATE_NOOP("Statistics", "Closed (%)"),
    "Closed for lack of evidence": QT_TRANSLATE_NOOP("Statistics", "Closed for lack of evidence"),
    "Lack of evidence (% of complaints)": QT_TRANSLATE_NOOP(
        "Statistics", "Lack of evidence (% of complaints)"
    ),
    "Lack of evidence (% of closed)": QT_TRANSLATE_NOOP(
        "Statistics", "Lack of evidence (% of closed)"
    ),
    "Victims": QT_TRANSLATE_NOOP("Statistics", "Victims"),
    "Women": QT_TRANSLATE_NOOP("Statistics", "Women"),
    "Women (%)": QT_TRANSLATE_NOOP("Statistics", "Women (%)"),
    "Minors": QT_TRANSLATE_NOOP("Statistics", "Minors"),
    "Minors (%)": QT_TRANSLATE_NOOP("Statistics", "Minors (%)"),
    "Women who were minors": QT_TRANSLATE_NOOP("Statistics", "Women who were minors"),
    "Incidents": QT_TRANSLATE_NOOP("Statistics", "Incidents"),
    "Incidents (%)": QT_TRANSLATE_NOOP("Statistics", "Incidents (%)"),
    "Total": QT_TRANSLATE_NOOP("Statistics", "Total"),
    "Not recorded": QT_TRANSLATE_NOOP("Statistics", "Not recorded"),
    "Month not recorded": QT_TRANSLATE_NOOP("Statistics", "Month not recorded"),
    "No facility recorded": QT_TRANSLATE_NOOP("Statistics", "No facility recorded"),
    "Unknown facility": QT_TRANSLATE_NOOP("Statistics", "Unknown facility"),
    "Incidents with methods recorded": QT_TRANSLATE_NOOP(
        "Statistics", "Incidents with methods recorded"
    ),
}


def _t(text: str) -> str:
    return translate("Statistics", text)


def word(text: str) -> str:
    return _t(WORDS[text]) if text in WORDS else text


def title(table: figures.Table) -> str:
    return _t(TITLES[table.name]) if table.name in TITLES else table.title


def translated(table: figures.Table) -> figures.Table:
    """The table with its fixed labels in the interface language (for CSV and display)."""
    columns = tuple(dataclasses.replace(c, label=word(c.label)) for c in table.columns)
    rows = tuple((r[0], word(r[1]) if isinstance(r[1], str) else r[1], *r[2:]) for r in table.rows)
    return dataclasses.replace(table, title=title(table), columns=columns, rows=rows)


def cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return number(value)
    return str(value)


def cells(table: figures.Table) -> list[list[str]]:
    """What the table under the chart shows, row by row (the key column left out): made
    on the worker with the tables, so that showing a table only fills it in."""
    return [[cell(v) for v in r[1:]] for r in table.rows]


# Figures are right-aligned (made once: each `|` of two Qt flags makes a Python object).
FIGURE_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: float) -> str:
    return QLocale().toString(value, "f", 1)


# --- charts ---------------------------------------------------------------------------------


def nice_top(value: float) -> float:
    """The top of a count axis with four whole, round grid steps (1, 2, 3, 4, 5, 6, 8,
    10, 15, 20, 25, 30 …) that holds `value`."""
    step = max(value, 1.0) / 4
    k = 1
    while True:
        for f in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8):
            nice = f * k
            if nice == int(nice) and nice >= step:
                return float(nice * 4)
        k *= 10


SERIES_COLOURS = {
    **GROUP_COLOURS,
    "closed_pct": "#b42318",
    "lack_of_evidence_pct": "#c27a12",
    "victims": "#1d5a78",
    "women": "#d45d79",
    "minors": "#c27a12",
    "incidents": "#1d5a78",
    "complaints": "#1d5a78",
    "steps": "#c27a12",
    "deaths": "#1d5a78",
    "disputed": "#c27a12",
    "investigated": "#1e6b3a",
    "within_limit": "#1e6b3a",
    "over_limit": "#b42318",
}


def chart_of(table: figures.Table) -> Chart:
    """What to draw for a table (app.usecases.figures decides), in the interface
    language and the desk's colours."""
    chart = figures.chart_of(table)
    return dataclasses.replace(
        chart,
        categories=[word(c) for c in chart.categories],
        series=[
            (word(label), SERIES_COLOURS.get(key, PALETTE[n % len(PALETTE)]))
            for n, (key, label) in enumerate(chart.series)
        ],
    )


class BarChart(QtWidgets.QWidget):
    """Horizontal bars (one row per category), stacked or side by side, or vertical
    columns for a time series; a legend; values printed at the end of each bar."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.painted_at = 0.0
        self.setMinimumHeight(260)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.update()

    def _fmt(self, v: float) -> str:
        if self.chart is not None and self.chart.percent:
            return number(v) + " %"
        return str(int(v)) if v == int(v) else number(v)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor("#ffffff"))
        c = self.chart
        if c is None or not c.categories:
            p.setPen(QtGui.QColor("#4f5a66"))
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                translate("Statistics", "Nothing to count with these filters."),
            )
            p.end()
            self.painted_at = time.perf_counter()
            return
        fm = QtGui.QFontMetricsF(self.font())
        top = self._legend(p, fm) if len(c.series) > 1 else 10.0
        area = QRectF(12, top + 6, self.width() - 24, self.height() - top - 16)
        if c.vertical:
            self._columns(p, fm, area)
        else:
            self._bars(p, fm, area)
        p.end()
        self.painted_at = time.perf_counter()

    def _legend(self, p: QtGui.QPainter, fm: QtGui.QFontMetricsF) -> float:
        assert self.chart is not None
        x, y = 12.0, 8.0
        h = fm.height()
        for label, colour in self.chart.series:
            w = 14 + 6 + fm.horizontalAdvance(label) + 18
            if x + w > self.width() - 12 and x > 12:
                x, y = 12.0, y + h + 6
            p.fillRect(QRectF(x, y + (h - 12) / 2, 12, 12), QtGui.QColor(colour))
            p.setPen(QtGui.QColor("#1b1f24"))
            p.drawText(QRectF(x + 18, y, w, h), Qt.AlignmentFlag.AlignVCenter, label)
            x += w
        return y + h + 4

    def _max(self) -> float:
        assert self.chart is not None
        c = self.chart
        totals = [sum(v) if c.stacked else max(v or [0]) for v in c.values]
        top = max(totals or [0])
        if c.percent:
            top = max(top, 10.0)
        return nice_top(top * 1.1) if c.vertical else (top or 1.0)

    @staticmethod
    def bars_that_fit(n: int, height: float, fm: QtGui.QFontMetricsF,
                      noted: bool = False) -> int:
        """How many of `n` bars to draw in `height`: each at least a line of text high.
        On a small screen the bars that do not fit are left out (the largest come first)
        and the note under the chart says so, rather than labels drawn over each other.
        `noted`: the note is shown anyway (the chart already leaves bars out)."""
        line, note = fm.height() + 3, fm.height() + 4
        if n * line <= height - (note if noted else 0):
            return n
        return max(1, int((height - note) / line))

    def _bars(self, p: QtGui.QPainter, fm: QtGui.QFontMetricsF, area: QRectF) -> None:
        assert self.chart is not None
        c = self.chart
        n = self.bars_that_fit(len(c.categories), area.height(), fm, noted=bool(c.clipped))
        note_h = fm.height() + 4
        clipped = c.clipped + len(c.categories) - n
        categories, values = c.categories[:n], c.values[:n]
        label_w = min(max(fm.horizontalAdvance(x) for x in categories) + 12, area.width() * 0.36)
        value_w = fm.horizontalAdvance("0000.0 %") + 8
        plot = QRectF(
            area.left() + label_w,
            area.top(),
            area.width() - label_w - value_w,
            area.height() - (note_h if clipped else 0),
        )
        row_h = min(plot.height() / n, 34.0)
        top = self._max()
        p.setPen(QtGui.QPen(QtGui.QColor("#e3e7eb"), 1))
        for i in range(5):
            x = plot.left() + plot.width() * i / 4
            p.drawLine(int(x), int(plot.top()), int(x), int(plot.top() + row_h * n))
        for i, (cat, vals) in enumerate(zip(categories, values, strict=True)):
            y = plot.top() + i * row_h
            p.setPen(QtGui.QColor("#1b1f24"))
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, label_w - 10)
            p.drawText(
                QRectF(area.left(), y, label_w - 10, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            bar_h = row_h * 0.7
            x = plot.left()
            if c.stacked:
                for v, (_label, colour) in zip(vals, c.series, strict=True):
                    w = plot.width() * v / top
                    p.fillRect(QRectF(x, y + (row_h - bar_h) / 2, w, bar_h), QtGui.QColor(colour))
                    x += w
                end, shown = x, self._fmt(sum(vals))
            else:
                each = bar_h / len(vals)
                end = x
                for k, (v, (_label, colour)) in enumerate(zip(vals, c.series, strict=True)):
                    w = plot.width() * v / top
                    p.fillRect(
                        QRectF(x, y + (row_h - bar_h) / 2 + k * each, w, each - 1),
                        QtGui.QColor(colour),
                    )
                    end = max(end, x + w)
                shown = " / ".join(self._fmt(v) for v in vals)
            p.setPen(QtGui.QColor("#4f5a66"))
            p.drawText(
                QRectF(end + 5, y, value_w + 120, row_h), Qt.AlignmentFlag.AlignVCenter, shown
            )
        if clipped:
            p.setPen(QtGui.QColor("#4f5a66"))
            p.drawText(
                QRectF(area.left(), area.bottom() - fm.height(), area.width(), fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                translate("Statistics", "The %1 largest are drawn; the table below has all %2.")
                .replace("%1", str(n))
                .replace("%2", str(n + clipped)),
            )

    def _columns(self, p: QtGui.QPainter, fm: QtGui.QFontMetricsF, area: QRectF) -> None:
        assert self.chart is not None
        c = self.chart
        n = len(c.categories)
        axis_w = fm.horizontalAdvance("00000") + 8
        label_h = fm.height() + 6
        plot = QRectF(
            area.left() + axis_w, area.top(), area.width() - axis_w, area.height() - label_h
        )
        top = self._max()
        p.setPen(QtGui.QPen(QtGui.QColor("#e3e7eb"), 1))
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(QtGui.QColor("#4f5a66"))
            p.drawText(
                QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                self._fmt(round(top * i / 4)),
            )
            p.setPen(QtGui.QPen(QtGui.QColor("#e3e7eb"), 1))
        col_w = plot.width() / n
        every = max(1, int((fm.horizontalAdvance("0000-00") + 10) / col_w) + 1)
        for i, (cat, vals) in enumerate(zip(c.categories, c.values, strict=True)):
            x = plot.left() + i * col_w
            y = plot.bottom()
            w = max(col_w * 0.75, 1.0)
            for v, (_label, colour) in zip(vals, c.series, strict=True):
                h = plot.height() * v / top
                p.fillRect(QRectF(x + (col_w - w) / 2, y - h, w, h), QtGui.QColor(colour))
                y -= h
            if i % every == 0:
                p.setPen(QtGui.QColor("#1b1f24"))
                p.drawText(
                    QRectF(
                        x - col_w * every / 2 + col_w / 2, plot.bottom() + 3, col_w * every, label_h
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    cat,
                )


class TitleList(QtWidgets.QListWidget):
    """The tables' titles, each wrapped over as many lines as it needs and never cut
    ("Әдістер топтар бойынша" is long in Kazakh). Qt sizes wrapped items for one width
    and paints them at another (a scroll bar appears, the focus border is thicker), which
    drew "…" above an empty line; so each item's height is measured here, for the width
    it is painted at less a margin, whenever that width changes."""

    # The delegate's text margins (3 px a side) and some rounding: measured narrower than
    # painted, a title may get a line too many, never one too few.
    SLACK = 10

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = -1

    def fit(self) -> None:
        width = self.viewport().width() - 2 * self.spacing()
        if width <= self.SLACK or width == self._width:
            return
        self._width = width
        fm = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for i in range(self.count()):
            item = self.item(i)
            tall = fm.boundingRect(0, 0, width - self.SLACK, 10_000, flags,
                                   item.text()).height()
            item.setSizeHint(QSize(width, tall + 8))

    def refit(self) -> None:
        """After the items changed: measure again even if the width did not."""
        self._width = -1
        self.fit()

    def viewportEvent(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)


# --- the page ---------------------------------------------------------------------------------


class StatsPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.tables: list[figures.Table] = []
        self.cells: list[list[list[str]]] = []  # each table's cells as shown (`cells`)
        self.started = 0.0
        self.seconds = 0.0  # request → tables ready → chart painted (bench/coordinator.py)
        lay = self.skeleton(
            translate("Statistics", "Statistics"),
            translate(
                "Statistics",
                "Figures over every record in the archive: first complaints and their legal "
                "path by region, city, month and facility, deaths in custody, reprisals, "
                "who the victims are, methods. The table under each chart holds its "
                "numbers; export it as CSV for a submission.",
            ),
            spacing=8,
        )
        # The filters are the shared row (ui/filters.py): the record tables dialog takes
        # the same ones, with the same words.
        self.filter_bar = FilterBar(wide=True)
        bar = self.filter_bar
        self.date_from, self.date_to, self.city = bar.date_from, bar.date_to, bar.city
        self.region, self.tag, self.facility = bar.region, bar.tag, bar.facility
        self.apply_button = button(translate("Statistics", "&Count"), primary=True)
        self.apply_button.clicked.connect(self.refresh)
        bar.end.addWidget(self.apply_button)
        lay.addWidget(bar)
        lay.addWidget(self.strip)
        self.error = QtWidgets.QLabel()
        set_role(self.error, "error")
        self.error.hide()
        lay.addWidget(self.error)
        self.list = TitleList()
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self.show_table)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.title = QtWidgets.QLabel()
        set_role(self.title, "subtitle")
        rl.addWidget(self.title)
        inner = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.chart = BarChart()
        inner.addWidget(self.chart)
        self.table = QtWidgets.QTableWidget()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        inner.addWidget(self.table)
        inner.setSizes([420, 260])
        rl.addWidget(inner, 1)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        rl.addWidget(self.note)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.csv_one = button(translate("Statistics", "Export this table as &CSV…"))
        self.csv_all = button(translate("Statistics", "Export &all tables as CSV…"))
        self.csv_one.clicked.connect(lambda: self.export_csv(all_tables=False))
        self.csv_all.clicked.connect(lambda: self.export_csv(all_tables=True))
        row.addWidget(self.csv_one)
        row.addWidget(self.csv_all)
        rl.addLayout(row)
        rl.addWidget(self.message)
        lay.addWidget(self.splitter(self.list, right, [260, 1000], (1, 4)), 1)
        self.loaded_facilities = False
        self.watch = QTimer(self)
        self.watch.setInterval(20)
        self.watch.timeout.connect(self._painted)

    def filters(self) -> figures.Filters:
        return self.filter_bar.filters()

    def refresh(self) -> None:
        s = self.app.session
        if s is None or self.strip.busy:
            return
        self.error.hide()
        try:
            filters = self.filters()
        except Exception as exc:  # a badly typed date: said at the filters
            self.error.setText(dialogs.error_text(exc))
            self.error.show()
            return
        lang = i18n.current()
        load_facilities = not self.loaded_facilities

        def work(job: Any) -> tuple[list[figures.Table], list[list[list[str]]],
                                    list[tuple[str, str]] | None]:
            # Labels translated and cells written here too: the GUI thread only lays out
            # what it is given.
            tables = [translated(t) for t in figures.tables(s, filters, lang=lang,
                                                            cancel=job.cancel)]
            facilities = figures.facilities(s) if load_facilities else None
            return tables, [cells(t) for t in tables], facilities

        self.started = time.perf_counter()
        self.app.tasks.run(lambda job: figures.anonymised(s), owner=self,
                           on_done=self._anonymised)
        job = self.app.tasks.run(work, owner=self, on_done=self._loaded, on_error=self._failed)
        self.strip.start(job, translate("Statistics", "Counting…"))

    def _loaded(self, result: tuple[list[figures.Table], list[list[list[str]]],
                                    list[tuple[str, str]] | None]) -> None:
        job = self.strip.job
        self.strip.finish()
        if job is not None and job.cancel.is_set():
            return
        tables, shown, facilities = result
        if facilities is not None:
            self.loaded_facilities = True
            self.filter_bar.set_facilities(facilities)
        self.tables, self.cells = tables, shown
        keep = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.tables:
            self.list.addItem(t.title)
        self.list.refit()
        self.list.setCurrentRow(min(keep, len(self.tables) - 1))
        self.list.blockSignals(False)
        self.show_table(self.list.currentRow())  # once (the row change above is silent)
        self.chart.painted_at = 0.0
        self.watch.start()

    def _painted(self) -> None:
        if self.chart.painted_at:
            self.watch.stop()
            self.seconds = self.chart.painted_at - self.started

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        if isinstance(exc, Cancelled):
            return  # the person's own Cancel: the tables shown before stay, nothing to say
        self.error.setText(dialogs.error_text(exc))
        self.error.show()

    def show_table(self, row: int) -> None:
        if not 0 <= row < len(self.tables):
            return
        t = self.tables[row]
        self.title.setText(t.title)
        self.chart.set_chart(chart_of(t))
        columns = t.columns[1:]
        self.table.setUpdatesEnabled(False)  # filled, then measured and drawn once
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(t.rows))
        self.table.setHorizontalHeaderLabels([c.label for c in columns])
        bold = QtWidgets.QTableWidgetItem().font()  # an item's own font, in bold
        bold.setBold(True)
        for i, (r, texts) in enumerate(zip(t.rows, self.cells[row], strict=True)):
            total = r[0] == figures.TOTAL
            for j, text in enumerate(texts):
                item = QtWidgets.QTableWidgetItem(text)
                if j > 0:
                    item.setTextAlignment(FIGURE_ALIGN)
                if total:
                    item.setFont(bold)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.setUpdatesEnabled(True)
        note = _t(NOTES[t.name]) if t.name in NOTES else t.note
        scope = self.scope()
        if getattr(self, "anonymised", 0):
            note += " " + translate(
                "Statistics", "The figures include %1 entries anonymised for statistics: "
                "cases of people who did not consent to sharing, counted with no name, text "
                "or date of birth.").replace("%1", str(self.anonymised))
        self.note.setText(note + (" " + scope if scope else ""))

    def _anonymised(self, count: int) -> None:
        self.anonymised = count
        if self.tables:
            self.show_table(self.list.currentRow())

    def scope(self) -> str:
        return self.filter_bar.describe()

    # -- CSV -------------------------------------------------------------------------

    def export_csv(self, *, all_tables: bool) -> None:
        s = self.app.session
        if s is None or not self.tables:
            return
        answer = dialogs.ask(
            self,
            translate("Statistics", "CSV files are not encrypted"),
            translate(
                "Statistics",
                "A CSV file is plaintext: anyone who gets the file or the disk can read it. The "
                "figures name no person, but facility names and small numbers can still point "
                "to someone. Save it only where it is needed, and delete it after use.",
            ),
            [
                ("go", translate("Statistics", "Choose where…")),
                ("cancel", translate("Statistics", "Cancel")),
            ],
            default="cancel",
            icon=QtWidgets.QMessageBox.Icon.Warning,
        )
        if answer != "go":
            return
        if all_tables:
            folder = dialogs.pick_folder(self, translate("Statistics", "Folder for the CSV files"))
            if not folder:
                return
            targets = [(t, Path(folder) / f"{t.name}.csv") for t in self.tables]
        else:
            t = self.tables[max(self.list.currentRow(), 0)]
            name = dialogs.pick_save_file(
                self, translate("Statistics", "Save the table as CSV"), f"{t.name}.csv"
            )
            if not name:
                return
            targets = [(t, Path(name))]
        self.write_csv(targets)

    def write_csv(self, targets: list[tuple[figures.Table, Path]]) -> None:
        """Once the coordinator has read the warning and chosen where: on the worker."""
        s = self.app.session
        if s is None:
            return

        def work(job: Any) -> list[str]:
            return figures.write_csv(s, targets, progress=job.report, cancel=job.cancel)

        job = self.app.tasks.run(work, owner=self, on_done=self._written, on_error=self._failed)
        self.strip.start(job, translate("Statistics", "Writing CSV…"))

    def _written(self, paths: list[str]) -> None:
        self.strip.finish()
        self.say(translate("Statistics", "Written (plaintext): %1").replace("%1", ", ".join(paths)))
