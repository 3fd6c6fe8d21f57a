"""Record tables out of the vault — a spreadsheet workbook, CSV files or the Uwazi import
pack — on the coordinator's desk and on the field laptop (its own records).

The dialog only gathers the person's choices (format, language, kinds, the statistics'
filters) and shows what the core says: the disclosure preview (what the one consent rule
keeps out, per person and reason), the plaintext warning, then the work on the worker
with progress and Cancel. Everything else — what may leave, masking, atomic files, mode
0600, the audit entry — is app.usecases.record_export's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.usecases import figures, record_export
from ui import dialogs, i18n, labels
from ui.filters import FilterBar
from ui.job_buttons import JobButtons
from ui.qt import QT_TRANSLATE_NOOP, Qt, QTimer, QtWidgets, translate
from ui.style import repolish, set_role
from ui.tasks import Job

FORMATS = {
    "xlsx": QT_TRANSLATE_NOOP("RecordTables", "Spreadsheet workbook (XLSX), a sheet per kind"),
    "csv": QT_TRANSLATE_NOOP("RecordTables", "CSV files in a new folder, a file per kind"),
    "uwazi": QT_TRANSLATE_NOOP("RecordTables", "Uwazi import pack (CSV files in a new folder)"),
}
SHOWN = 8  # people listed in the preview; the rest are counted


def _t(text: str) -> str:
    """For the words marked with QT_TRANSLATE_NOOP above (lupdate sees only literals)."""
    return translate("RecordTables", text)


class RecordTablesDialog(QtWidgets.QDialog):
    def __init__(self, app: Any, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.app = app
        self.job: Job | None = None
        self.preview_job: Job | None = None
        self.previews = 0
        self.written = ""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("RecordTables", "Record tables"))
        self.resize(1040, 680)  # fits a 1366×768 screen with a taskbar and title bar
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(8)
        intro = QtWidgets.QLabel(translate("RecordTables",
            "Records as tables for spreadsheets and for an Uwazi database: one table per "
            "kind, codes beside their labels. What people did not consent to share is "
            "left out and protected identities are masked."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        columns = QtWidgets.QHBoxLayout()
        columns.setSpacing(20)
        left = QtWidgets.QVBoxLayout()
        fmt_title = QtWidgets.QLabel(translate("RecordTables", "Format"))
        set_role(fmt_title, "subtitle")
        left.addWidget(fmt_title)
        self.formats = QtWidgets.QButtonGroup(self)
        for key, text in FORMATS.items():
            radio = QtWidgets.QRadioButton(_t(text))
            radio.setProperty("format", key)
            self.formats.addButton(radio)
            left.addWidget(radio)
        self.formats.buttons()[0].setChecked(True)
        form = QtWidgets.QFormLayout()
        self.language = QtWidgets.QComboBox()
        for code, name in i18n.LANGS.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        lang_label = QtWidgets.QLabel(translate("RecordTables", "&Language of the labels"))
        lang_label.setBuddy(self.language)
        form.addRow(lang_label, self.language)
        left.addLayout(form)
        kinds_label = QtWidgets.QLabel(translate("RecordTables", "&Kinds of record"))
        set_role(kinds_label, "subtitle")
        self.kinds = QtWidgets.QListWidget()
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setWordWrap(True)
        kinds_label.setBuddy(self.kinds)
        self.kinds.setMinimumHeight(90)
        left.addWidget(kinds_label)
        left.addWidget(self.kinds, 1)
        columns.addLayout(left, 1)

        right = QtWidgets.QVBoxLayout()
        which = QtWidgets.QLabel(
            translate("RecordTables", "Which records (as on the statistics page)"))
        set_role(which, "subtitle")
        right.addWidget(which)
        self.filter_bar = FilterBar()
        right.addWidget(self.filter_bar)
        self.filter_error = QtWidgets.QLabel()
        self.filter_error.setWordWrap(True)
        set_role(self.filter_error, "error")
        self.filter_error.hide()
        right.addWidget(self.filter_error)
        # What goes and what stays (app.disclosure), before anything is written.
        goes = QtWidgets.QLabel(translate("RecordTables", "What the files will hold"))
        set_role(goes, "subtitle")
        right.addWidget(goes)
        self.disclosure = QtWidgets.QLabel(
            translate("RecordTables", "Counting what would be written…"))
        self.disclosure.setWordWrap(True)
        self.disclosure.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.disclosure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.disclosure, "calm")
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.disclosure)
        scroll.setMinimumHeight(100)
        right.addWidget(scroll, 1)
        columns.addLayout(right, 3)
        lay.addLayout(columns, 1)
        warning = QtWidgets.QLabel(translate("RecordTables",
            "Spreadsheet files are not encrypted: anyone who gets the file, the disk or the "
            "stick can read every name and account in it. Keep them only where needed and "
            "delete them after use."))
        warning.setWordWrap(True)
        set_role(warning, "help")
        lay.addWidget(warning)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.hide()
        lay.addWidget(self.bar)
        self.result = QtWidgets.QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        lay.addWidget(self.result)
        self.buttons = JobButtons(self, self.bar, close=translate("RecordTables", "Close"),
                                  cancel=translate("RecordTables", "Cancel"),
                                  go=translate("RecordTables", "&Export…"), default=True)
        self.close_button, self.go = self.buttons.close_button, self.buttons.go
        self.close_button.clicked.connect(self.cancel)
        self.go.clicked.connect(self.start)
        lay.addLayout(self.buttons.row)

        self.soon = QTimer(self)  # one preview after a burst of typing, not one per key
        self.soon.setSingleShot(True)
        self.soon.setInterval(300)
        self.soon.timeout.connect(self.refresh_preview)
        self._fill_kinds()
        self.formats.buttonToggled.connect(
            lambda _button, on: self._format_changed() if on else None)
        self.language.currentIndexChanged.connect(self.soon.start)
        self.kinds.itemChanged.connect(self.soon.start)
        self.filter_bar.changed.connect(self.soon.start)
        s = app.session
        app.tasks.run(lambda job: figures.facilities(s), owner=self,
                      on_done=self._facilities, on_error=lambda _exc: None)
        self.refresh_preview()

    # -- choices -------------------------------------------------------------------

    def fmt(self) -> str:
        return str(self.formats.checkedButton().property("format"))

    def lang(self) -> str:
        return str(self.language.currentData())

    def _fill_kinds(self) -> None:
        was = {self.kinds.item(i).data(Qt.ItemDataRole.UserRole): self.kinds.item(i).checkState()
               for i in range(self.kinds.count())}
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in record_export.kinds(self.fmt()):
            item = QtWidgets.QListWidgetItem(labels.kind_label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(was.get(kind, Qt.CheckState.Checked))
            self.kinds.addItem(item)
        self.kinds.blockSignals(False)

    def _format_changed(self) -> None:
        self._fill_kinds()
        self.soon.start()

    def chosen_kinds(self) -> list[str]:
        return [self.kinds.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.kinds.count())
                if self.kinds.item(i).checkState() == Qt.CheckState.Checked]

    def scope(self) -> Any:
        """The core's scope for the choices; raises the core's clear error on a bad date."""
        kinds = self.chosen_kinds()
        if len(kinds) == self.kinds.count() and self.fmt() != "uwazi":
            kinds = []  # every kind, as the command line says it (and so audits it)
        return record_export.scope(kinds=kinds, **self.filter_bar.values())

    def _facilities(self, items: list[tuple[str, str]]) -> None:
        self.filter_bar.set_facilities(items)

    # -- preview -------------------------------------------------------------------

    def refresh_preview(self) -> None:
        if self.app.session is None or self.job is not None:
            return
        self.filter_error.hide()
        if not self.chosen_kinds():
            self.disclosure.setText(translate("RecordTables", "Tick at least one kind of record."))
            self.go.setEnabled(False)
            return
        try:
            where = self.scope()
        except Exception as exc:  # a badly typed date: said at the filters
            self.filter_error.setText(dialogs.error_text(exc))
            self.filter_error.show()
            self.go.setEnabled(False)
            return
        self.go.setEnabled(True)
        self._drop_preview()
        # Read by the person now, so in the interface's language, whatever the file's.
        s, fmt, lang = self.app.session, self.fmt(), i18n.current()
        self.previews += 1
        seq = self.previews  # only the answer for the latest choices is shown
        self.preview_job = self.app.tasks.run(
            lambda job: record_export.disclosure_preview(s, where, fmt, lang,
                                                         cancel=job.cancel),
            owner=self,
            on_done=lambda p: self._previewed(p) if seq == self.previews else None,
            on_error=lambda e: self._preview_failed(e) if seq == self.previews else None)

    def _drop_preview(self) -> None:
        """A preview for choices since changed is not worth the worker's time (on a large
        archive it takes seconds): it stops, and its answer is never shown."""
        if self.preview_job is not None and not self.preview_job.done:
            self.preview_job.cancel.set()

    def _previewed(self, p: dict[str, Any]) -> None:
        rows = p["rows"]
        if rows:
            text = translate("RecordTables", "Will be written: %1.").replace("%1", ", ".join(
                f"{labels.kind_label(k)} {n}" for k, n in sorted(rows.items())))
        else:
            text = translate("RecordTables",
                             "No record matches these choices: the file would be empty.")
        if p["withheld"]:
            text += "\n" + translate("RecordTables", "Left out by consent (%1 records):").replace(
                "%1", str(p["withheld_records"]))
            text += "".join(f"\n• {w['text']}" for w in p["withheld"][:SHOWN])
            if len(p["withheld"]) > SHOWN:
                text += "\n" + translate("RecordTables", "…and %1 more people.").replace(
                    "%1", str(len(p["withheld"]) - SHOWN))
        if p["anonymised"]:
            text += "\n" + translate("RecordTables", "Shown without their name (consent):")
            text += "".join(f"\n• {a['text']}" for a in p["anonymised"][:SHOWN])
            if len(p["anonymised"]) > SHOWN:
                text += "\n" + translate("RecordTables", "…and %1 more people.").replace(
                    "%1", str(len(p["anonymised"]) - SHOWN))
        self.disclosure.setText(text)

    def _preview_failed(self, exc: BaseException) -> None:
        self.disclosure.setText(dialogs.error_text(exc))

    # -- export --------------------------------------------------------------------

    def start(self) -> None:
        if self.app.session is None or self.job is not None:
            return
        try:
            where = self.scope()
        except Exception as exc:
            self.filter_error.setText(dialogs.error_text(exc))
            self.filter_error.show()
            return
        answer = dialogs.ask(
            self, translate("RecordTables", "These files are not encrypted"),
            translate("RecordTables",
                      "Spreadsheet files are not encrypted: anyone who gets the file, the disk "
                      "or the stick can read every name and account in it. Save them only "
                      "where they are needed, and delete them after use."),
            [("go", translate("RecordTables", "Choose where…")),
             ("cancel", translate("RecordTables", "Cancel"))],
            default="cancel", icon=QtWidgets.QMessageBox.Icon.Warning)
        if answer != "go":
            return
        fmt, lang = self.fmt(), self.lang()
        if fmt == "xlsx":
            name = translate("RecordTables", "records") + ".xlsx"
            target = dialogs.pick_save_file(
                self, translate("RecordTables", "Save the workbook"), name)
            if target and not target.lower().endswith(".xlsx"):
                target += ".xlsx"
        else:
            folder = dialogs.pick_folder(
                self, translate("RecordTables", "Where to make the new folder"))
            target = str(Path(folder) / self._folder_name(fmt, Path(folder))) if folder else None
        if not target:
            return
        s = self.app.session
        self.result.hide()
        self.job = self.buttons.follow(self.app.tasks.run(
            lambda job: record_export.export_records(s, Path(target), fmt, where, lang,
                                                     progress=job.report, cancel=job.cancel),
            owner=self, on_done=self._done, on_error=self._failed))

    def _folder_name(self, fmt: str, parent: Path) -> str:
        """A new folder's name in the chosen folder: the pack goes into its own folder."""
        base = "uwazi" if fmt == "uwazi" else translate("RecordTables", "records")
        return record_export.free_folder_name(parent, base)

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel.set()
            self.close_button.setEnabled(False)
            return
        self.close()

    def reject(self) -> None:  # Esc: cancels the work first, as the button does
        if self.job is not None and not self.job.done:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # ×: the same
        if self.job is not None and not self.job.done:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _finished(self) -> None:
        self.buttons.stop()
        self.job = None
        self.go.setEnabled(True)

    def _done(self, r: Any) -> None:
        self._finished()
        self.written = r.path
        self.bar.hide()  # the rows per kind are in the preview above: the path is what's new
        text = translate("RecordTables", "Written (plaintext): %1").replace("%1", r.path)
        if r.withheld:
            text += "\n" + translate("RecordTables", "Left out by consent: %1 records.").replace(
                "%1", str(r.withheld))
        repolish(set_role(self.result, "ok"))
        self.result.setText(text)
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        cancelled = self.job is not None and self.job.cancel.is_set()
        self._finished()
        self.bar.hide()
        repolish(set_role(self.result, "calm" if cancelled else "error"))
        self.result.setText(
            translate("RecordTables", "Cancelled: nothing was written.") if cancelled
            else dialogs.error_text(exc))
        self.result.show()
