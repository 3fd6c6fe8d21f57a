"""Bringing in records from a spreadsheet: choose the file, match its columns to fields,
look at everything that would happen, then import all rows or none.

Every step is a function of app.usecases.table_import run on the worker thread; this
dialog only shows what they return and passes on what the person chose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app import schema
from app.usecases import table_import
from storage.errors import QorgauError
from ui import dialogs, labels
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role
from ui.tasks import Job

# The kinds people keep in spreadsheets, in the order they are asked for.
KINDS = ("person", "case", "incident", "detention", "complaint", "facility", "interview")
SKIP = ""  # a column left out


def problem_text(kind: str, p: table_import.Problem) -> str:
    """Why a cell cannot be imported, in the interface language."""
    why = {
        "bool": translate("SpreadsheetImport", "not yes or no: «%1»"),
        "int": translate("SpreadsheetImport", "not a whole number: «%1»"),
        "date": translate("SpreadsheetImport", "not a date (write 16.03.2024): «%1»"),
        "no_such_date": translate("SpreadsheetImport", "no such date: «%1»"),
        "vocab": translate("SpreadsheetImport", "not one of the choices: «%1»"),
        "no_column": translate("SpreadsheetImport", "no such column in the row of names"),
    }.get(p.code)
    return why.replace("%1", p.value) if why else labels.error_message(kind, p.message)


class SpreadsheetImport(QtWidgets.QDialog):
    """Three steps on one stack: the file, the columns, the preview."""

    def __init__(self, app: Any, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.job: Job | None = None
        self.headers: list[str] = []
        self.header_row = 0
        self.checked: table_import.Preview | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("SpreadsheetImport", "Import from a spreadsheet"))
        self.resize(900, 600)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        self.steps = QtWidgets.QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._preview_step())
        lay.addWidget(self.steps, 1)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "warn")
        self.message.hide()
        lay.addWidget(self.message)
        row = QtWidgets.QHBoxLayout()
        self.back = QtWidgets.QPushButton(translate("SpreadsheetImport", "Back"))
        self.back.clicked.connect(lambda: self._go(self.steps.currentIndex() - 1))
        row.addWidget(self.back)
        row.addStretch(1)
        self.close_button = QtWidgets.QPushButton(translate("SpreadsheetImport", "Cancel"))
        self.close_button.clicked.connect(self._cancel)
        self.next = QtWidgets.QPushButton(translate("SpreadsheetImport", "Next"))
        self.next.setProperty("primary", True)
        self.next.setDefault(True)
        self.next.clicked.connect(self._forward)
        row.addWidget(self.close_button)
        row.addWidget(self.next)
        lay.addLayout(row)
        self._go(0)

    # -- the steps ------------------------------------------------------------------

    def _file_step(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(page)
        intro = QtWidgets.QLabel(translate("SpreadsheetImport",
            "Records kept in Excel, in a CSV file or in a KoBo/ODK export come in here "
            "without retyping. Each row becomes one record, signed by this vault. Nothing is "
            "written until you have seen every problem and every guess."))
        intro.setWordWrap(True)
        form.addRow(intro)
        pick = QtWidgets.QHBoxLayout()
        self.path = QtWidgets.QLineEdit()
        self.path.setPlaceholderText(translate("SpreadsheetImport", "A .xlsx or .csv file"))
        browse = QtWidgets.QPushButton(translate("SpreadsheetImport", "Choose…"))
        browse.clicked.connect(self._browse)
        pick.addWidget(self.path, 1)
        pick.addWidget(browse)
        form.addRow(translate("SpreadsheetImport", "File"), pick)
        self.kind = QtWidgets.QComboBox()
        for kind in KINDS:
            self.kind.addItem(labels.kind_label(kind), kind)
        form.addRow(translate("SpreadsheetImport", "Each row is a"), self.kind)
        self.row_spin = QtWidgets.QSpinBox()
        self.row_spin.setRange(0, 15)
        self.row_spin.setSpecialValueText(translate("SpreadsheetImport", "find it"))
        form.addRow(translate("SpreadsheetImport", "Row with the column names"), self.row_spin)
        return page

    def _columns_step(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(page)
        self.columns_intro = QtWidgets.QLabel()
        self.columns_intro.setWordWrap(True)
        lay.addWidget(self.columns_intro)
        self.grid = QtWidgets.QTableWidget(0, 2)
        self.grid.setHorizontalHeaderLabels([
            translate("SpreadsheetImport", "Column in the file"),
            translate("SpreadsheetImport", "Field")])
        self.grid.horizontalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        lay.addWidget(self.grid, 1)
        return page

    def _preview_step(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(page)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.findings = QtWidgets.QListWidget()
        self.findings.setWordWrap(True)
        lay.addWidget(self.findings, 1)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        lay.addWidget(self.bar)
        return page

    # -- moving between steps ---------------------------------------------------------

    def _go(self, index: int) -> None:
        self.steps.setCurrentIndex(max(0, index))
        self.back.setVisible(self.steps.currentIndex() > 0)
        last = self.steps.currentIndex() == 2
        self.next.setText(translate("SpreadsheetImport", "Import") if last
                          else translate("SpreadsheetImport", "Next"))
        self.next.setEnabled(not last or bool(self.checked and not self.checked.problems
                                              and self.checked.rows))
        self.message.hide()

    def _forward(self) -> None:
        step = self.steps.currentIndex()
        if step == 0:
            self._read_header()
        elif step == 1:
            self._check()
        else:
            self._import()

    def _browse(self) -> None:
        files = dialogs.pick_open_files(
            self, translate("SpreadsheetImport", "Choose the spreadsheet"))
        if files:
            self.path.setText(files[0])

    def _run(self, fn: Any, on_done: Any) -> None:
        self.next.setEnabled(False)
        self.bar.show()
        self.close_button.setText(translate("SpreadsheetImport", "Cancel"))
        self.job = self.app.tasks.run(fn, owner=self, on_done=lambda r: self._finish(on_done, r),
                                      on_error=self._failed)

    def _finish(self, on_done: Any, result: Any) -> None:
        self.job = None
        self.bar.hide()
        self.next.setEnabled(True)
        on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.bar.hide()
        self.next.setEnabled(True)
        self.message.setText(dialogs.error_text(exc))
        self.message.show()

    def _cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel.set()
            return
        self.close()

    # -- step 1 → 2: the file's columns ----------------------------------------------

    def _read_header(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.message.setText(translate("SpreadsheetImport", "Choose the file first."))
            self.message.show()
            return
        kind = self.kind.currentData()
        row = self.row_spin.value() or None

        def work(_job: Job) -> tuple[int, list[str], dict[str, str]]:
            number, headers = table_import.read_header(Path(path), row)
            return number, headers, table_import.suggest_mapping(kind, headers)
        self._run(work, self._show_columns)

    def _show_columns(self, result: tuple[int, list[str], dict[str, str]]) -> None:
        self.header_row, self.headers, guessed = result
        kind = schema.get_kind(self.kind.currentData())
        fields = [f for f in kind.fields if f.type in table_import.CELL_TYPES]
        self.columns_intro.setText(translate("SpreadsheetImport",
            "Row %1 holds the column names. Say which field each column fills; columns "
            "named like a field are matched already. Leave the others out.").replace(
            "%1", str(self.header_row)))
        self.grid.setRowCount(0)
        for header in self.headers:
            if not header:
                continue
            r = self.grid.rowCount()
            self.grid.insertRow(r)
            name = QtWidgets.QTableWidgetItem(header)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(r, 0, name)
            box = QtWidgets.QComboBox()
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no change by a passing wheel
            box.addItem(translate("SpreadsheetImport", "— not imported —"), SKIP)
            for f in fields:
                box.addItem(labels.field_label(f), f.name)
            box.setCurrentIndex(max(0, box.findData(guessed.get(header, SKIP))))
            self.grid.setCellWidget(r, 1, box)
        self._go(1)

    def mapping(self) -> table_import.Mapping:
        columns = {}
        for r in range(self.grid.rowCount()):
            box = self.grid.cellWidget(r, 1)
            if isinstance(box, QtWidgets.QComboBox) and box.currentData():
                columns[self.grid.item(r, 0).text()] = box.currentData()
        return table_import.mapping_from({"kind": self.kind.currentData(),
                                          "header_row": self.header_row, "columns": columns})

    # -- step 2 → 3: the preview -----------------------------------------------------

    def _check(self) -> None:
        try:
            mapping = self.mapping()
        except QorgauError as exc:  # a choice that names no column: said, not raised
            self._failed(exc)
            return
        path, session = Path(self.path.text().strip()), self.app.session
        self._go(2)
        self._run(lambda job: table_import.preview(session, path, mapping,
                                                   cancel=job.cancel), self._show_preview)

    def _show_preview(self, seen: table_import.Preview) -> None:
        self.checked = seen
        self.findings.clear()
        if seen.problems:
            self.summary.setText(translate("SpreadsheetImport",
                "%1 rows can be read; %2 cells cannot. Nothing will be imported until every "
                "cell below is corrected in the file (or its column left out).").replace(
                "%1", str(len(seen.rows))).replace("%2", str(len(seen.problems))))
        else:
            self.summary.setText(translate("SpreadsheetImport",
                "All %1 rows can be imported. Check the guesses and the people who may "
                "already be recorded, then import.").replace("%1", str(len(seen.rows))))
        for p in seen.problems:
            self._line(translate("SpreadsheetImport", "Row %1, column «%2»: %3").replace(
                "%1", str(p.row)).replace("%2", p.column).replace(
                "%3", problem_text(seen.kind, p)), "✗")
        for g in seen.guesses:
            self._line(translate(
                "SpreadsheetImport", "Row %1, column «%2»: «%3» read as «%4» — check it").replace(
                "%1", str(g.row)).replace("%2", g.column).replace("%3", g.cell).replace(
                "%4", self._label(g.column, g.code)), "?")
        for d in seen.possible_duplicates:
            self._line(translate("SpreadsheetImport",
                                 "Row %1 may be a person this vault already holds (score %2)")
                       .replace("%1", str(d["row"])).replace("%2", f"{d['score']:.2f}"),
                       "≈")
        if seen.ignored_columns:
            self._line(translate("SpreadsheetImport", "Columns not imported: %1").replace(
                "%1", ", ".join(seen.ignored_columns)), "")
        self._go(2)

    def _label(self, column: str, code: str) -> str:
        mapping = self.mapping()
        for col in mapping.columns:
            if col.header == column and col.field.vocab:
                return labels.vocab_label(col.field.vocab, code)
        return code

    def _line(self, text: str, mark: str) -> None:
        self.findings.addItem(QtWidgets.QListWidgetItem(f"{mark}  {text}" if mark else text))

    # -- step 3: import --------------------------------------------------------------

    def _import(self) -> None:
        mapping, path, session = self.mapping(), Path(self.path.text().strip()), self.app.session
        self._run(lambda job: table_import.import_table(session, path, mapping,
                                                        cancel=job.cancel), self._imported)

    def _imported(self, done: table_import.Imported) -> None:
        self.summary.setText(translate("SpreadsheetImport",
            "Imported %1 records from %2. Each is signed by this vault; the audit log names "
            "the file and its fingerprint.").replace("%1", str(len(done.record_ids))).replace(
            "%2", done.file))
        self.findings.clear()
        self.next.hide()
        self.back.hide()
        self.close_button.setText(translate("SpreadsheetImport", "Close"))
