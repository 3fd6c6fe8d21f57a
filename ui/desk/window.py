"""The coordinator's desk: the main window of an archive vault.

The field window's record list and case view stay (page "Records"); beside them, pages
for receiving bundles, quarantine, devices, conflicts, duplicate people, the chain of
custody, statistics and PDF reports. Pages are built the first time they are shown and
refreshed each time; the navigation shows what waits for a decision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.usecases import conflicts, quarantine
from ui import windows
from ui.field.window import MainWindow
from ui.qt import Qt, QtGui, QTimer, QtWidgets, is_alive, translate
from ui.tasks import Job
from ui.turns import importing, in_turns

PAGES = (
    "records",
    "receive",
    "quarantine",
    "devices",
    "conflicts",
    "duplicates",
    "custody",
    "stats",
    "reports",
)


# What the pages are made of (ui.desk.* and the use cases they call), imported one a turn
# once the desk is shown, so that a page's first showing only builds it (importing the
# statistics page's modules had been ≈ 20 ms of that turn). Only an order, as in ui.app.
PAGE_MODULES = (
    "ui.filters", "app.usecases.figures", "ui.desk.common", "ui.desk.figures",
    "app.receipts", "app.usecases.receiving", "ui.desk.receive", "ui.desk.quarantine",
    "app.usecases.devices", "ui.desk.devices", "ui.desk.conflicts", "app.duplicates",
    "ui.desk.duplicates", "ui.desk.custody", "app.usecases.reports", "ui.desk.report",
)


def page_title(key: str) -> str:
    return {
        "records": translate("ArchiveWindow", "Records"),
        "receive": translate("ArchiveWindow", "Receive bundles"),
        "quarantine": translate("ArchiveWindow", "Quarantine"),
        "devices": translate("ArchiveWindow", "Devices"),
        "conflicts": translate("ArchiveWindow", "Conflicts"),
        "duplicates": translate("ArchiveWindow", "Duplicate people"),
        "custody": translate("ArchiveWindow", "Chain of custody"),
        "stats": translate("ArchiveWindow", "Statistics"),
        "reports": translate("ArchiveWindow", "PDF reports"),
    }[key]


def _factory(key: str) -> Callable[[Any], QtWidgets.QWidget]:
    if key == "receive":
        from ui.desk.receive import ReceivePage as page
    elif key == "quarantine":
        from ui.desk.quarantine import QuarantinePage as page
    elif key == "devices":
        from ui.desk.devices import DevicesPage as page
    elif key == "conflicts":
        from ui.desk.conflicts import ConflictsPage as page
    elif key == "duplicates":
        from ui.desk.duplicates import DuplicatesPage as page
    elif key == "custody":
        from ui.desk.custody import CustodyPage as page
    elif key == "stats":
        from ui.desk.figures import StatsPage as page
    else:
        from ui.desk.report import ReportPage as page
    return page


class ArchiveWindow(MainWindow):
    """MainWindow (record list and case view) inside the coordinator's navigation."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)  # the records pane, put in its page by place_records
        self.setWindowTitle(
            translate("ArchiveWindow", "Qorgau — coordinator's desk — %1").replace(
                "%1", app.session.device_name
            )
        )
        self._hide_field_actions()
        self.nav.currentRowChanged.connect(self._nav_changed)
        report = self.findChild(QtWidgets.QToolBar).addAction(
            translate("ArchiveWindow", "PDF report of this case…")
        )
        report.triggered.connect(self.report_current_case)
        for i, key in enumerate(PAGES[1:], start=2):
            QtGui.QShortcut(QtGui.QKeySequence(f"Alt+{i}"), self, lambda k=key: self.show_page(k))
        QtGui.QShortcut(QtGui.QKeySequence("Alt+1"), self, lambda: self.show_page("records"))
        self.nav.setCurrentRow(0)
        self.refresh_counts()
        self._warmed = False

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            in_turns(importing(PAGE_MODULES), lambda: is_alive(self) and self.isVisible())

    def place_records(self, records: QtWidgets.QWidget) -> None:
        """The desk around the field window's records pane (called while MainWindow is
        built): the navigation, and the pages' stack with the records as its first. Built
        from the window down, the records last, so that their tree is moved only once."""
        desk = QtWidgets.QWidget()
        self.setCentralWidget(desk)
        lay = QtWidgets.QHBoxLayout(desk)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = QtWidgets.QListWidget(desk)
        self.nav.setObjectName("deskNav")
        self.nav.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "QListWidget#deskNav { background: #e9edf1; border: none;"
            " border-right: 1px solid #c9d0d8; padding: 8px 0; }"
            " QListWidget#deskNav::item { padding: 9px 14px; }"
            " QListWidget#deskNav::item:selected { background: #1d5a78; color: white; }"
        )
        for key in PAGES:
            item = QtWidgets.QListWidgetItem(page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        # Room for the longest title and a count such as "  (12)"; no more (at 125 %
        # every pixel of a 1024-pixel-wide screen counts).
        bold = QtGui.QFont(self.nav.font())
        bold.setBold(True)  # a page with something waiting is shown in bold, with its count
        widest = max(QtGui.QFontMetrics(bold).horizontalAdvance(f"{page_title(k)}  (00)")
                     for k in PAGES)
        self.nav.setFixedWidth(max(200, widest + 2 * 14 + 12))  # the items' padding
        self.stack = QtWidgets.QStackedWidget(desk)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        # Each page in its own scroll area: a stack is as large as its largest page, and
        # the widest (receiving) or tallest (statistics, reports) page pushed the whole
        # desk off a 1280×720 screen at 125 %. A page scrolls only where it must.
        self.pages: dict[str, QtWidgets.QWidget] = {}
        self.frames: dict[str, QtWidgets.QWidget] = {}
        self.placing: QtWidgets.QWidget | None = None  # where the page being built goes
        self._pending: str | None = None  # a page built, to be shown on the next turn
        self._add_page("records", records)

    def _hide_field_actions(self) -> None:
        """Sending to a coordinator and taking its receipts are field work: an archive
        does not need them here."""
        field_only = {translate("MainWindow", "Send to coordinator…"),
                      translate("MainWindow", "Import receipt…")}
        for bar in self.findChildren(QtWidgets.QToolBar):
            for action in bar.actions():
                if action.text() in field_only:
                    action.setVisible(False)

    # -- pages -------------------------------------------------------------------

    def _frame(self) -> windows.ScrollPage:
        frame = windows.ScrollPage(None, across=True, parent=self.stack)
        self.stack.addWidget(frame)
        return frame

    def _add_page(self, key: str, widget: QtWidgets.QWidget,
                  frame: windows.ScrollPage | None = None) -> None:
        """The page in its frame, placed: the frame first, then the page into it."""
        frame = frame or self._frame()
        frame.set_page(widget)
        self.pages[key] = widget
        self.frames[key] = frame

    def page(self, key: str) -> QtWidgets.QWidget:
        """The page, built the first time it is asked for: inside its frame from the
        start (DeskPage takes `placing` as its parent), so that its widgets are not all
        restyled again when it is placed; with the application's event filters detached
        (a page's constructor shows nothing and asks nothing)."""
        if key not in self.pages:
            with self.app.building():
                frame = self._frame()
                self.placing = frame.viewport()
                try:
                    widget = _factory(key)(self)
                finally:
                    self.placing = None
                self._add_page(key, widget, frame)
        return self.pages[key]

    def show_page(self, key: str) -> QtWidgets.QWidget:
        """The page, on screen now (for code that goes on to work on it)."""
        row = PAGES.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # → _nav_changed
        self._show_pending()
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row]
        if key in self.pages:
            self._show(key)
            return
        # Shown for the first time: built on this turn of the event loop, shown on the
        # next. Together, building and the first layout and painting held the GUI thread
        # ≈ 70 ms (the statistics page, at load 3).
        self.page(key)
        self._pending = key
        QTimer.singleShot(1, self._show_pending)

    def _show_pending(self) -> None:
        key, self._pending = self._pending, None
        if key is not None and is_alive(self) and PAGES[self.nav.currentRow()] == key:
            self._show(key)

    def _show(self, key: str) -> None:
        widget = self.pages[key]
        with self.app.building():  # showing a page: its widgets' show and polish events
            self.stack.setCurrentWidget(self.frames[key])
        refresh = getattr(widget, "refresh", None)
        if refresh is not None and key != "records":
            refresh()

    # -- what waits for a decision -------------------------------------------------

    def refresh_counts(self) -> None:
        s = self.app.session
        if s is None:
            return

        def work(job: Job) -> dict[str, int]:
            return {
                "quarantine": quarantine.waiting(s),
                "conflicts": conflicts.waiting(s),
            }

        self.app.tasks.run(work, owner=self, on_done=self._counts)

    def _counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row, key in enumerate(PAGES):
            text = page_title(key)
            n = counts.get(key, 0)
            item = self.nav.item(row)
            item.setText(f"{text}  ({n})" if n else text)
            font = item.font()
            font.setBold(bool(n))
            item.setFont(font)

    def changed(self) -> None:
        """After an import or a decision: the counts, the record list, open pages."""
        self.refresh_counts()
        self.refresh_list()

    # -- reports -------------------------------------------------------------------

    def report_current_case(self) -> None:
        case_id = self.case_view.case_id if self.case_view is not None else None
        page = self.show_page("reports")
        if case_id:
            page.choose_case(case_id)
