"""The main window: the record list with filters and search on the left, the open
case on the right; toolbar for new records, export, settings and lock."""

from __future__ import annotations

from typing import Any

from app import schema
from app.dates import to_iso
from app.usecases import field_views
from app.usecases import records as records_uc
from ui import i18n, labels, windows
from ui.field.caseview import CaseView
from ui.field.opening import open_form
from ui.models import ColumnFitter, RecordTableModel
from ui.qt import Qt, QtGui, QTimer, QtWidgets, translate
from ui.style import set_role

LIST_KINDS = ("case", "person", "facility", "npm_visit", "complaint", "interview",
              "incident", "medical_exam", "state_exam", "death_in_custody", "reprisal",
              "evidence", "")


class FilterPanel(QtWidgets.QWidget):
    def __init__(self, main: MainWindow) -> None:
        super().__init__()
        self.main = main
        lay = QtWidgets.QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setHorizontalSpacing(8)
        lay.setVerticalSpacing(6)
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(translate("MainWindow", "Search all records (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QtWidgets.QComboBox()
        for k in LIST_KINDS:
            self.kind.addItem(labels.kind_label(k) if k else
                              translate("MainWindow", "All records"), k)
        self.kind.setMinimumContentsLength(12)  # long kind names must not widen the list
        self.kind.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.city = self._combo(labels.vocab_items("city"))
        self.status = self._combo(labels.vocab_items("case_status"))
        self.flag = self._combo([(f, labels.flag_label(f)) for f in schema.FLAGS])
        self.facility = self._combo([])
        self.date_from = QtWidgets.QLineEdit()
        self.date_from.setPlaceholderText(translate("MainWindow", "from DD.MM.YYYY"))
        self.date_to = QtWidgets.QLineEdit()
        self.date_to.setPlaceholderText(translate("MainWindow", "to DD.MM.YYYY"))
        lay.addWidget(self.search, 0, 0, 1, 4)
        row = [(translate("MainWindow", "&Show"), self.kind),
               (translate("MainWindow", "C&ity"), self.city),
               (translate("MainWindow", "S&tatus"), self.status),
               (translate("MainWindow", "F&lag"), self.flag),
               (translate("MainWindow", "Faci&lity"), self.facility)]
        self.pairs: list[tuple[QtWidgets.QLabel, QtWidgets.QWidget]] = []
        for text, w in row:
            label = QtWidgets.QLabel(text)
            label.setBuddy(w)
            self.pairs.append((label, w))
        self.dates = QtWidgets.QHBoxLayout()
        self.dates.addWidget(self.date_from)
        self.dates.addWidget(self.date_to)
        self.dates_label = QtWidgets.QLabel(translate("MainWindow", "&Dates"))
        self.dates_label.setBuddy(self.date_from)
        self.columns = 0
        self._arrange(2)
        lay.setColumnStretch(1, 1)
        lay.setColumnStretch(3, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self.timer.start)
        self.date_from.textChanged.connect(self.timer.start)
        self.date_to.textChanged.connect(self.timer.start)
        for combo in (self.kind, self.city, self.status, self.flag, self.facility):
            combo.currentIndexChanged.connect(self.apply)

    def _arrange(self, columns: int) -> None:
        """Two filters a row where they fit; one a row on a narrow pane (the list beside
        the coordinator's navigation at 125 %), so that no label is cut."""
        if columns == self.columns:
            return
        self.columns = columns
        lay = self.layout()
        assert isinstance(lay, QtWidgets.QGridLayout)
        for label, w in self.pairs:
            lay.removeWidget(label)
            lay.removeWidget(w)
        lay.removeWidget(self.dates_label)
        lay.removeItem(self.dates)
        for i, (label, w) in enumerate(self.pairs):
            r, c = 1 + i // columns, (i % columns) * 2
            lay.addWidget(label, r, c)
            lay.addWidget(w, r, c + 1)
        last = 1 + (len(self.pairs) + columns - 1) // columns
        lay.addWidget(self.dates_label, last, 0)
        lay.addLayout(self.dates, last, 1, 1, 3)

    def _two_columns_width(self) -> int:
        lay = self.layout()
        gap = lay.horizontalSpacing() if isinstance(lay, QtWidgets.QGridLayout) else 8
        label = max(lb.sizeHint().width() for lb, _w in self.pairs)
        field = max(w.minimumSizeHint().width() for _lb, w in self.pairs)
        return 2 * (label + field) + 3 * gap

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._arrange(2 if self.width() >= self._two_columns_width() else 1)
        super().resizeEvent(event)

    def _combo(self, items: list[tuple[str, str]]) -> QtWidgets.QComboBox:
        c = QtWidgets.QComboBox()
        c.addItem(translate("MainWindow", "Any"), "")
        for code, text in items:
            c.addItem(text, code)
        c.setMinimumContentsLength(8)
        c.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return c

    def set_facilities(self, items: list[tuple[str, str]]) -> None:
        current = self.facility.currentData()
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(translate("MainWindow", "Any"), "")
        for rid, title in items:
            self.facility.addItem(title, rid)
        self.facility.setCurrentIndex(max(self.facility.findData(current or ""), 0))
        self.facility.blockSignals(False)

    def filters(self) -> records_uc.Filters:
        def date(edit: QtWidgets.QLineEdit) -> str | None:
            text = to_iso(edit.text())
            return text if text and text[:4].isdigit() else None

        return records_uc.Filters(kind=self.kind.currentData() or None,
                              city=self.city.currentData() or None,
                              status=self.status.currentData() or None,
                              flag=self.flag.currentData() or None,
                              facility_id=self.facility.currentData() or None,
                              date_from=date(self.date_from), date_to=date(self.date_to))

    def apply(self) -> None:
        kind = self.kind.currentData()
        vocab = {"case": "case_status", "complaint": "complaint_status"}.get(kind)
        self.status.setEnabled(bool(vocab))
        if vocab and self.status.property("vocab") != vocab:
            self.status.blockSignals(True)
            self.status.clear()
            self.status.addItem(translate("MainWindow", "Any"), "")
            for code, text in labels.vocab_items(vocab):
                self.status.addItem(text, code)
            self.status.setProperty("vocab", vocab)
            self.status.blockSignals(False)
        filters = self.filters()
        if self.search.text().strip():
            filters.kind = None  # the search box searches every kind of record
        self.main.model.set_query(filters, self.search.text())


class MainWindow(QtWidgets.QMainWindow):
    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app
        self.setWindowTitle(translate("MainWindow", "Qorgau — %1").replace(
            "%1", app.session.device_name))
        screen = self.screen().availableGeometry()  # a 1280×800 laptop is common
        self.resize(min(1360, screen.width()), min(860, screen.height()))
        self.model = RecordTableModel(app.tasks, app.session, self)

        bar = self.addToolBar(translate("MainWindow", "Main"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        new_case = bar.addAction(translate("MainWindow", "New case"))
        new_case.setShortcut(QtGui.QKeySequence("Ctrl+N"))
        new_case.triggered.connect(lambda: self.new_record("case"))
        menu = QtWidgets.QMenu(self)
        for kind in ("person", "facility", "npm_visit"):
            act = menu.addAction(labels.kind_label(kind))
            act.triggered.connect(lambda _c=False, k=kind: self.new_record(k))
        menu.addSeparator()
        sheet = menu.addAction(translate("MainWindow", "From a spreadsheet…"))
        sheet.triggered.connect(self.import_spreadsheet)
        more = QtWidgets.QToolButton()
        more.setText(translate("MainWindow", "New record"))
        more.setMenu(menu)
        more.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(more)
        bar.addSeparator()
        export = bar.addAction(translate("MainWindow", "Send to coordinator…"))
        export.triggered.connect(self.export)
        bar.addAction(translate("MainWindow", "Record tables…"), self.record_tables)
        receipt = bar.addAction(translate("MainWindow", "Import receipt…"))
        receipt.triggered.connect(self.receipts)
        settings = bar.addAction(translate("MainWindow", "Settings"))
        settings.triggered.connect(self.settings)
        spacer = QtWidgets.QWidget()
        spacer.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                             QtWidgets.QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        lock = bar.addAction(translate("MainWindow", "Lock (Ctrl+L)"))
        lock.triggered.connect(lambda: app.lock(panic=False))

        split = QtWidgets.QSplitter()
        # Placed first and filled in place: a built tree of widgets moved afterwards has
        # every widget in it restyled again (the desk puts it in its first page).
        self.place_records(split)
        left = QtWidgets.QWidget()
        split.addWidget(left)
        ll = QtWidgets.QVBoxLayout(left)
        ll.setContentsMargins(12, 10, 6, 10)
        self.filters = FilterPanel(self)
        ll.addWidget(self.filters)
        self.table = QtWidgets.QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.COLUMNS.index("date"), Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        self.columns = ColumnFitter(self.table, self.model, lambda: bool(
            self.model.filters.kind) and not self.model.text)
        self.model.modelReset.connect(self._fit_columns)
        self.table.activated.connect(self.open_index)  # Enter or double click: open it
        # One click (or the arrow keys) selects a row and shows its case at once.
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        ll.addWidget(self.table, 1)
        self.count = QtWidgets.QLabel()
        set_role(self.count, "muted")
        ll.addWidget(self.count)
        self.right = QtWidgets.QStackedWidget()
        empty = QtWidgets.QLabel(translate(
            "MainWindow", "Choose a case on the left, or start a new one (Ctrl+N)."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(empty, "muted")
        self.right.addWidget(empty)
        split.addWidget(windows.scrolling(self.right, across=True))
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([600, 760])
        left.setMinimumWidth(340)  # a 1024-pixel wide screen (1280 at 125 %) has room
        self.case_view: CaseView | None = None
        self.model.loaded.connect(self._loaded)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self,
                        lambda: self.filters.search.setFocus())
        self.statusBar().showMessage(translate(
            "MainWindow", "Locks after %1 minutes without activity · Ctrl+L locks now · "
            "Ctrl+Shift+L or F12 locks at once").replace("%1", str(app.idle_minutes)))
        self.filters.apply()
        self.load_facilities()

    def place_records(self, records: QtWidgets.QWidget) -> None:
        """The record list and the case (still empty) are what the window shows. The
        coordinator's desk puts them in its first page instead (ui.desk.window)."""
        self.setCentralWidget(records)

    def _fit_columns(self) -> None:
        self.columns.fit()

    def _loaded(self) -> None:
        m = self.model
        self._fit_columns()
        if m.text:
            self.count.setText(translate("MainWindow", "%1 found").replace(
                "%1", str(len(m.rows)) + ("+" if m.canFetchMore() else "")))
        else:
            self.count.setText(translate("MainWindow", "%1 of %2 shown").replace(
                "%1", str(len(m.rows))).replace("%2", str(m.total)))

    def load_facilities(self) -> None:
        s = self.app.session

        lang = i18n.current()
        self.app.tasks.run(lambda job: field_views.facilities(s, lang), owner=self,
                           on_done=self.filters.set_facilities)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing the main window ends the session: open forms are kept as encrypted
        drafts, the vault is locked and released, and the process ends (a form left
        open behind a vanished main window kept the vault unlocked)."""
        if self.app.main is self and not self.app.locking:
            self.app.quit()
        super().closeEvent(event)

    def refresh_list(self) -> None:
        self.model.refresh()
        self.load_facilities()

    def open_index(self, index: Any) -> None:
        row = self.model.record_at(index.row())
        if row is not None:
            self.open_record(row["record_id"], row["kind"])

    def _current_changed(self, index: Any, _previous: Any) -> None:
        row = self.model.record_at(index.row()) if index.isValid() else None
        if row is None:
            return
        if row["kind"] == "case":
            if self.case_view is None or self.case_view.case_id != row["record_id"]:
                self.show_case(row["record_id"])
            return
        s, rid = self.app.session, row["record_id"]
        if s is None:
            return

        def work(job: Any) -> str | None:
            return field_views.case_of(s, rid)

        def done(case_id: str | None) -> None:
            if case_id and (self.case_view is None or self.case_view.case_id != case_id):
                self.show_case(case_id)

        self.app.tasks.run(work, owner=self, on_done=done)

    def open_record(self, record_id: str, kind: str) -> None:
        if kind == "case":
            self.show_case(record_id)
            return
        s = self.app.session

        def work(job: Any) -> str | None:
            return field_views.case_of(s, record_id)

        def done(case_id: str | None) -> None:
            if case_id:
                self.show_case(case_id)
            open_form(self.app, kind, record_id=record_id, case_id=case_id,
                      on_saved=lambda _r: self.refresh_list(), parent=self)

        self.app.tasks.run(work, owner=self, on_done=done)

    def show_case(self, case_id: str) -> None:
        if self.case_view is not None:
            if self.case_view.case_id == case_id:
                self.case_view.reload()
                return
            self.right.removeWidget(self.case_view)
            self.case_view.deleteLater()
        self.case_view = CaseView(self.app, case_id)
        self.right.addWidget(self.case_view)
        self.right.setCurrentWidget(self.case_view)

    def new_record(self, kind: str) -> None:
        def saved(rid: str) -> None:
            self.refresh_list()
            if kind == "case":
                self.show_case(rid)

        open_form(self.app, kind, on_saved=saved, parent=self)

    def import_spreadsheet(self) -> None:
        from ui.spreadsheets import SpreadsheetImport

        dialog = SpreadsheetImport(self.app, self)
        dialog.destroyed.connect(self.refresh_list)
        dialog.show()

    def export(self) -> None:
        from ui.field.exporting import ExportDialog

        ExportDialog(self.app, self).show()

    def record_tables(self) -> None:
        from ui.record_tables import RecordTablesDialog

        RecordTablesDialog(self.app, self).show()

    def receipts(self) -> Any:
        from ui.field.coordinators import ReceiptDialog

        dialog = ReceiptDialog(self.app, self)
        dialog.show()
        dialog.import_receipt()
        return dialog

    def forget_records(self, record_ids: set[str]) -> None:
        """Records just removed from this laptop: close their case, refresh the list."""
        if self.case_view is not None and self.case_view.case_id in record_ids:
            self.right.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None
            self.right.setCurrentIndex(0)
        self.refresh_list()

    def settings(self) -> None:
        from ui.field.settings import SettingsDialog

        SettingsDialog(self.app, self).show()
