"""Receiving bundles: from a file dialog, by drag and drop, or from a watched folder
(a USB stick), with a report per bundle in plain words, progress and cancel, and a
receipt for each device written next to its bundles.

Every bundle is verified before anything is merged (app.importer): a tampered,
unknown or misaddressed file is rejected and leaves the archive unchanged; a bundle
from a revoked device, or one that breaks the device's sequence, is quarantined.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from app.usecases import receiving
from app.usecases.receiving import Batch
from storage.errors import Cancelled
from ui import dialogs, i18n
from ui.desk.common import DeskPage, button, report_html
from ui.qt import Qt, QtCore, QtGui, QTimer, QtWidgets, translate
from ui.style import set_role

WATCH_SUFFIXES = (".bundle", ".qgb")
POLL_MS = 2000


class FolderWatch(QtCore.QObject):
    """New bundle files in one folder: QFileSystemWatcher, plus a poll (a USB stick may
    be mounted after the watch starts, and some file systems send no events). A file is
    taken once its size and time have stayed the same between two looks."""

    def __init__(self, page: ReceivePage) -> None:
        super().__init__(page)
        self.page = page
        self.folder: Path | None = None
        self.seen: set[tuple[str, int, int]] = set()
        self.pending: dict[str, tuple[int, int]] = {}
        self.watcher = QtCore.QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.scan)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(400)
        self.soon.timeout.connect(self.scan)

    def start(self, folder: Path) -> None:
        self.stop()
        self.folder = folder
        self.seen.clear()
        self.pending.clear()
        if folder.is_dir():
            self.watcher.addPath(str(folder))
        self.timer.start()
        self.scan()

    def stop(self) -> None:
        for p in self.watcher.directories():
            self.watcher.removePath(p)
        self.timer.stop()
        self.folder = None

    def _changed(self, _path: str) -> None:
        self.soon.start()

    def scan(self) -> None:
        folder = self.folder
        if folder is None:
            return
        if not folder.is_dir():
            self.pending.clear()
            return
        if str(folder) not in self.watcher.directories():
            self.watcher.addPath(str(folder))  # mounted since
        ready = []
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for p in entries:
            if p.name.startswith(".") or p.suffix.lower() not in WATCH_SUFFIXES:
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            if not p.is_file():
                continue
            key = (p.name, st.st_size, st.st_mtime_ns)
            if key in self.seen:
                continue
            if self.pending.get(p.name) == key[1:]:
                self.seen.add(key)
                self.pending.pop(p.name, None)
                ready.append(p)
            else:
                self.pending[p.name] = key[1:]
        if self.pending:
            self.soon.start()
        if ready:
            self.page.enqueue(ready)


class ReceivePage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setAcceptDrops(True)
        self.queue: list[Path] = []
        self.batch: Batch | None = None
        self.shown = 0
        self.history: list[str] = []
        self.all_reports: list[tuple[Any, BaseException | None]] = []
        lay = self.skeleton(
            translate("Receive", "Receive bundles"),
            translate(
                "Receive",
                "Bundles from the field laptops are checked before anything is merged: who "
                "signed them, that nothing was altered, that they follow on from the last "
                "bundle of their device. Choose the files, drop them here, or watch the "
                "folder of a USB stick.",
            ),
        )
        self.pick = button(translate("Receive", "&Import bundles…"), primary=True)
        self.pick.clicked.connect(self.choose_files)
        self.watch_button = button(translate("Receive", "&Watch a folder (USB stick)…"))
        self.watch_button.clicked.connect(self.toggle_watch)
        self.receipts = QtWidgets.QCheckBox(
            translate("Receive", "Write a &receipt for each device next to its bundles")
        )
        self.receipts.setChecked(True)
        self.receipts.setToolTip(
            translate(
                "Receive",
                "A receipt tells the field laptop what the archive now holds, so it may remove "
                "those records. It is encrypted to that laptop and signed by this archive.",
            )
        )
        # The buttons and the receipt box on one line where they fit; the box under the
        # buttons where they do not (Kazakh at 125 %), so that nothing on the page, the
        # removal of withdrawn people's records included, needs scrolling sideways.
        self.actions = QtWidgets.QGridLayout()
        self.actions.setContentsMargins(0, 0, 0, 0)
        self.actions.addWidget(self.pick, 0, 0)
        self.actions.addWidget(self.watch_button, 0, 1)
        self.actions.addItem(QtWidgets.QSpacerItem(12, 0), 0, 2)
        self.actions.setColumnStretch(4, 1)
        self.receipts_below: bool | None = None
        self.room: QtWidgets.QWidget | None = None  # the scroll area's viewport
        self._arrange(below=False)
        lay.addLayout(self.actions)
        self.watching = QtWidgets.QLabel()
        set_role(self.watching, "calm")
        self.watching.setWordWrap(True)
        self.watching.hide()
        lay.addWidget(self.watching)
        self.drop = QtWidgets.QLabel(translate("Receive", "Drop bundle files here"))
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(54)
        self.drop.setStyleSheet(
            "QLabel { border: 2px dashed #9fb3c2; border-radius: 6px;"
            " color: #4f5a66; background: #fbfcfd; }"
        )
        lay.addWidget(self.drop)
        lay.addWidget(self.strip)
        self.summary = QtWidgets.QLabel()
        set_role(self.summary, "subtitle")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.report = QtWidgets.QTextBrowser()
        self.report.setOpenLinks(False)
        self.report.setPlaceholderText(
            translate("Receive", "The report of each bundle appears here.")
        )
        lay.addWidget(self.report, 1)
        # Consent (issue 10): withdrawals that arrived, and an audited removal.
        self.withdrawn_box = QtWidgets.QWidget()
        wl = QtWidgets.QHBoxLayout(self.withdrawn_box)
        wl.setContentsMargins(0, 0, 0, 0)
        self.withdrawn_text = QtWidgets.QLabel()
        self.withdrawn_text.setWordWrap(True)
        set_role(self.withdrawn_text, "calm")
        self.withdrawn_reason = QtWidgets.QLineEdit()
        self.withdrawn_reason.setPlaceholderText(
            translate("Receive", "Reason for the custody log, e.g. her request of 1 March")
        )
        self.purge_button = button(translate("Receive", "&Remove their records…"))
        self.purge_button.clicked.connect(self.purge_withdrawn)
        wl.addWidget(self.withdrawn_text, 2)
        wl.addWidget(self.withdrawn_reason, 1)
        wl.addWidget(self.purge_button)
        self.withdrawn_box.hide()
        self.withdrawn: list[dict[str, Any]] = []
        self.withdrawn_known = False  # looked for since the desk opened
        lay.addWidget(self.withdrawn_box)
        self.watch = FolderWatch(self)
        self.timer = QTimer(self)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._tick)

    def _arrange(self, *, below: bool) -> None:
        if below == self.receipts_below:
            return
        self.receipts_below = below
        self.actions.removeWidget(self.receipts)
        if below:
            self.actions.addWidget(self.receipts, 1, 0, 1, 5)
        else:
            self.actions.addWidget(self.receipts, 0, 3)

    def _one_line_width(self) -> int:
        gap = self.actions.horizontalSpacing()
        margins = self.layout().contentsMargins()
        return (self.pick.sizeHint().width() + self.watch_button.sizeHint().width() + 12
                + self.receipts.sizeHint().width() + 3 * max(gap, 0)
                + margins.left() + margins.right())

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        # The room the page has is its scroll area's (the page itself is never narrower
        # than its minimum): watch that.
        room = self.parentWidget()
        if room is not None and room is not self.room:
            self.room = room
            room.installEventFilter(self)
            self._arrange(below=room.width() < self._one_line_width())
        super().showEvent(event)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if obj is self.room and event.type() == QtCore.QEvent.Type.Resize:
            self._arrange(below=obj.width() < self._one_line_width())
        return super().eventFilter(obj, event)

    def refresh(self) -> None:
        # Withdrawals already in the archive (received in an earlier session) are offered
        # too, not only those of the bundles received now. Once per session is enough:
        # only an import brings new ones, and each import looks again (the consent
        # decision reads the whole archive: not at every visit to the page).
        if not self.withdrawn_known and not self.strip.busy:
            self.check_withdrawn()

    # -- choosing files ----------------------------------------------------------------

    def choose_files(self) -> None:
        files = dialogs.pick_open_files(self, translate("Receive", "Choose bundle files"))
        if files:
            self.enqueue([Path(f) for f in files])

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths: list[Path] = []
        for url in event.mimeData().urls():
            p = Path(url.toLocalFile())
            if p.is_dir():
                paths += sorted(
                    q for q in p.iterdir() if q.is_file() and q.suffix.lower() in WATCH_SUFFIXES
                )
            elif p.is_file():
                paths.append(p)
        if paths:
            event.acceptProposedAction()
            self.enqueue(paths)

    def toggle_watch(self) -> None:
        if self.watch.folder is not None:
            self.watch.stop()
            self.watching.hide()
            self.watch_button.setText(translate("Receive", "&Watch a folder (USB stick)…"))
            return
        folder = dialogs.pick_folder(self, translate("Receive", "Folder to watch for bundles"))
        if folder:
            self.watch_folder(Path(folder))

    def watch_folder(self, folder: Path) -> None:
        self.watch.start(folder)
        self.watching.setText(
            translate(
                "Receive",
                "Watching %1: bundle files (.bundle) that appear there are "
                "imported at once. The folder is not remembered after "
                "Qorgau locks.",
            ).replace("%1", str(folder))
        )
        self.watching.show()
        self.watch_button.setText(translate("Receive", "Stop &watching"))

    # -- importing ---------------------------------------------------------------------

    def enqueue(self, paths: list[Path]) -> None:
        known = set(self.queue)
        self.queue += [p for p in paths if p not in known]
        if self.batch is None:
            self._next()

    def _next(self) -> None:
        s = self.app.session
        if not self.queue or s is None or self.strip.busy:
            return  # a removal of withdrawn people runs: its end starts the queue
        batch = Batch(self.queue, receipts=self.receipts.isChecked())
        self.queue = []
        self.batch = batch
        self.shown = 0
        self.summary.setText("")
        self.history.insert(0, "")
        job = self.app.tasks.run(
            lambda job: receiving.run(s, batch, progress=job.report, cancel=job.cancel),
            owner=self,
            on_done=self._done,
            on_error=self._failed,
        )
        self.strip.start(job, self._progress_text())
        self.pick.setEnabled(True)
        self.purge_button.setEnabled(False)  # one job at a time on the strip
        self.timer.start()
        self.app.last_import = job

    def _progress_text(self) -> str:
        b = self.batch
        if b is None:
            return ""
        i = min(b.current, len(b.paths) - 1)
        return (
            translate("Receive", "Checking and merging bundle %1 of %2: %3")
            .replace("%1", str(i + 1))
            .replace("%2", str(len(b.paths)))
            .replace("%3", b.paths[i].name)
        )

    def _tick(self) -> None:
        b = self.batch
        if b is None:
            return
        if self.strip.cancel_button.isEnabled():  # not while it says "Stopping…"
            self.strip.set_text(self._progress_text())
        if len(b.reports) > self.shown:
            self.shown = len(b.reports)
            self._render()

    def _render(self) -> None:
        b = self.batch
        if b is None:
            return
        when = translate("Receive", "Received at %1").replace("%1", b.started)
        parts = [f"<p style='color:#4f5a66;margin:6px 0 4px 0'><b>{html.escape(when)}</b></p>"]
        parts += [report_html(r, e) for r, e in b.reports]
        self.history[0] = "".join(parts)
        self.show_history()

    def show_history(self) -> None:
        self.report.setHtml("".join(h for h in self.history if h))

    def _done(self, batch: Batch) -> None:
        self.timer.stop()
        self.strip.finish()
        self.purge_button.setEnabled(True)
        self.batch = batch
        self.all_reports += batch.reports
        self._render()
        counts = {k: 0 for k in ("merged", "duplicate", "rejected", "quarantined")}
        for r, e in batch.reports:
            counts["rejected" if e is not None else r.status] += 1
        parts = [translate("Receive", "%1 merged").replace("%1", str(counts["merged"]))]
        if counts["duplicate"]:
            parts.append(
                translate("Receive", "%1 already here").replace("%1", str(counts["duplicate"]))
            )
        if counts["quarantined"]:
            parts.append(
                translate("Receive", "%1 quarantined").replace("%1", str(counts["quarantined"]))
            )
        if counts["rejected"]:
            parts.append(translate("Receive", "%1 rejected").replace("%1", str(counts["rejected"])))
        text = ", ".join(parts) + "."
        text = text[:1].upper() + text[1:]
        if batch.cancelled:
            text = (
                translate(
                    "Receive",
                    "Stopped. The bundle being read was not merged; those after it were not read.",
                )
                + " "
                + text
            )
        self.summary.setText(text)
        extra = []
        for rc in batch.receipts_written:
            extra.append(
                translate("Receive", "Receipt for “%1” written: %2")
                .replace("%1", rc["device_name"])
                .replace("%2", rc["path"])
            )
        for device_id, exc in batch.receipt_errors:
            extra.append(
                translate("Receive", "No receipt for device %1: %2")
                .replace("%1", device_id[:8])
                .replace("%2", dialogs.error_text(exc).splitlines()[-1])
            )
        if extra:
            self.history[0] += (
                "<p style='color:#1d5a78'>" + "<br>".join(html.escape(x) for x in extra) + "</p>"
            )
            self.show_history()
        self.batch = None
        self.window_.changed()
        self.check_withdrawn()
        if self.queue:
            self._next()

    def check_withdrawn(self) -> None:
        from app.usecases import consent

        s = self.app.session
        if s is None:
            return
        lang = i18n.current()
        self.app.tasks.run(lambda job: consent.withdrawn(s, lang), owner=self,
                           on_done=self._withdrawn)

    def _withdrawn(self, rows: list[dict[str, Any]]) -> None:
        self.withdrawn, self.withdrawn_known = rows, True
        self.withdrawn_text.setText(
            translate(
                "Receive",
                "%1 person(s) withdrew their consent to sharing. Their records are already "
                "left out of every report, list and table; you may also remove them from "
                "the archive.",
            ).replace("%1", str(len(rows)))
        )
        self.withdrawn_box.setVisible(bool(rows))

    def purge_withdrawn(self) -> None:
        """Remove the records of everyone listed as withdrawn, as one action: one
        confirmation naming how many people and records, then one transaction on the
        worker, with progress and Cancel (a cancel removes nobody's records)."""
        from app.usecases import consent

        s, rows = self.app.session, list(self.withdrawn)
        reason = " ".join(self.withdrawn_reason.text().split())
        if s is None or not rows or self.strip.busy:
            return
        if not reason:
            dialogs.inform(
                self,
                translate("Receive", "A reason is needed"),
                translate(
                    "Receive", "Say why the records are removed: it goes to the custody log."
                ),
                warning=True,
            )
            self.withdrawn_reason.setFocus()
            return
        people, records = len(rows), sum(len(r["records"]) for r in rows)
        answer = dialogs.ask(
            self,
            translate("Receive", "Remove their records?"),
            translate(
                "Receive",
                "The records of %1 person(s) who withdrew consent (%2 record(s) in all) will "
                "be removed from this archive for good, in one step: all of them, or none if "
                "you stop it. Their consent records stay, as proof of the withdrawal.",
            )
            .replace("%1", str(people))
            .replace("%2", str(records))
            + "\n\n"
            + translate("Receive", "Reason for the custody log: %1").replace("%1", reason),
            [
                ("remove", translate("Receive", "Remove")),
                ("cancel", translate("Receive", "Cancel")),
            ],
            default="cancel",
            icon=QtWidgets.QMessageBox.Icon.Warning,
        )
        if answer != "remove":
            return
        ids = [r["person_id"] for r in rows]

        def done(counts: dict[str, int]) -> None:
            self.strip.finish()
            self.purge_button.setEnabled(True)
            self.withdrawn_reason.clear()
            self.summary.setText(
                translate("Receive", "%1 record(s) of %2 person(s) removed.")
                .replace("%1", str(sum(counts.values())))
                .replace("%2", str(len(counts)))
            )
            self.window_.changed()
            self.check_withdrawn()
            self._next()  # bundles that arrived meanwhile

        def failed(exc: BaseException) -> None:
            self.strip.finish()
            self.purge_button.setEnabled(True)
            self.summary.setText(
                translate("Receive", "Stopped: nobody's records were removed.")
                if isinstance(exc, Cancelled)
                else dialogs.error_text(exc)
            )
            self.check_withdrawn()
            self._next()

        job = self.app.tasks.run(
            lambda job: consent.purge_withdrawn(
                s, ids, reason, progress=job.report, cancel=job.cancel
            ),
            owner=self,
            on_done=done,
            on_error=failed,
        )
        self.purge_button.setEnabled(False)
        self.strip.start(
            job,
            translate("Receive", "Removing the records of %1 person(s)…").replace(
                "%1", str(people)
            ),
        )

    def _failed(self, exc: BaseException) -> None:
        self.timer.stop()
        self.strip.finish()
        self.purge_button.setEnabled(True)
        self.batch = None
        self.summary.setText(dialogs.error_text(exc))
        self.window_.changed()
