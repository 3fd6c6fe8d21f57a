"""Evidence: a thumbnail gallery, batch import (file dialog or drag and drop) with
progress and cancel, a zoomable viewer of the metadata-stripped display copy, and an
explicit, warned "export original".

Images are decoded from bytes the worker read out of the encrypted database
(QImage.fromData): no decrypted file is ever written to disk for viewing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.usecases import evidence as evidence_uc
from app.usecases import field_views as q
from storage.errors import Cancelled
from ui import dialogs, labels
from ui.labels import human_size
from ui.qt import QSize, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, translate
from ui.style import set_role
from ui.tasks import Job

THUMB = 132


def import_files(app: Any, parent: QtWidgets.QWidget, paths: list[str], record_id: str,
                 on_done: Any = None) -> Job | None:
    """Seal files into the vault on the worker, with a progress dialog and Cancel.

    Nothing here touches the files on the GUI thread, not even to stat them: 500 stats
    took 50 ms on a laptop disk, and far longer on a USB stick. Paths that are not files
    (a folder dropped by mistake) are skipped."""
    if not paths or app.session is None:
        return None
    s = app.session
    state = {"files": 0}  # the file being sealed, for the label (read by the GUI timer)

    def work(job: Job) -> dict[str, Any]:
        batch = evidence_uc.attach(s, record_id, [Path(p) for p in paths],
                                   progress=job.report, cancel=job.cancel,
                                   on_file=lambda i: state.update(files=i))
        failed = [(path.name, exc) for path, exc in batch.failed]
        if batch.stopped is not None and not isinstance(batch.stopped, Cancelled):
            failed.append(("", batch.stopped))
        return {"done": len(batch.done), "failed": failed,
                "cancelled": isinstance(batch.stopped, Cancelled)}

    progress = QtWidgets.QProgressDialog(parent)
    progress.setWindowTitle(translate("evidence", "Adding evidence"))
    progress.setLabelText(translate("evidence", "Sealing %1 files into the vault…")
                          .replace("%1", str(len(paths))))
    progress.setCancelButtonText(translate("evidence", "Cancel"))
    progress.setRange(0, 1000)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    job: Job

    def finished(result: dict[str, Any]) -> None:
        timer.stop()
        progress.close()
        failed = result["failed"]
        if failed:
            names = "\n".join(f"• {name + ': ' if name else ''}"
                              f"{dialogs.error_text(exc).splitlines()[-1]}"
                              for name, exc in failed[:10])
            dialogs.inform(parent, translate("evidence", "Some files were not added"),
                           translate("evidence", "These files could not be added:") +
                           "\n" + names, warning=True)
        if on_done is not None:
            on_done(result)

    def tick() -> None:
        done, tot = job.progress
        progress.setValue(int(done * 1000 / max(tot, 1)))
        progress.setLabelText(translate("evidence", "Sealing file %1 of %2 into the vault…")
                              .replace("%1", str(min(state["files"] + 1, len(paths))))
                              .replace("%2", str(len(paths))))

    job = app.tasks.run(work, owner=parent, on_done=finished,
                        on_error=lambda exc: (timer.stop(), progress.close(),
                                              dialogs.show_error(parent, exc)))
    progress.canceled.connect(job.cancel.set)
    timer = QTimer(progress)
    timer.setInterval(100)
    timer.timeout.connect(tick)
    timer.start()
    progress.show()
    app.last_import = job
    return job


class ThumbModel(QtCore.QAbstractListModel):
    """The gallery's items. A reset is O(1) whatever the number of files; a thumbnail is
    decoded when it is first painted (only the visible ones: about 0.3 ms each) and its
    pixmap kept, by file hash, across reloads of the case.

    Decoding all of them at once froze the window after a 500-photo import: on the GUI
    thread for a quarter of a second; on the worker, a burst of 500 short decodes that
    each release and retake the GIL, which starved the GUI thread of the GIL for up to
    200 ms on a busy two-core machine (bench/gui.py)."""

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self.items: list[dict[str, Any]] = []
        self._pixmaps: dict[str, QtGui.QPixmap] = {}
        self._file_icon: QtGui.QIcon | None = None

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.items = items
        keep = {it["sha256"] for it in items}
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in keep}
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        it = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return it.get("filename") or labels.kind_label("evidence")
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(it)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = it.get("filename") or labels.kind_label("evidence")
            return f"{name}\n{human_size(it.get('size') or 0)}"
        if role == Qt.ItemDataRole.UserRole:
            return it
        return None

    def pixmap(self, it: dict[str, Any]) -> QtGui.QPixmap | QtGui.QIcon:
        pm = self._pixmaps.get(it["sha256"])
        if pm is None and it.get("thumb"):
            image = QtGui.QImage.fromData(it["thumb"])
            if not image.isNull() and max(image.width(), image.height()) > THUMB:
                image = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            if not image.isNull():
                pm = self._pixmaps[it["sha256"]] = QtGui.QPixmap.fromImage(image)
        if pm is None:
            if self._file_icon is None:
                self._file_icon = QtWidgets.QApplication.style().standardIcon(
                    QtWidgets.QStyle.StandardPixmap.SP_FileIcon)
            return self._file_icon
        return pm


class Gallery(QtWidgets.QWidget):
    """Thumbnails of a case's evidence; drop files here to add them. After an import
    the gallery emits `changed`; its case view reloads the case, the gallery with it."""

    changed = Signal()

    def __init__(self, app: Any, case_id: str) -> None:
        super().__init__()
        self.app = app
        self.case_id = case_id
        self.setAcceptDrops(True)
        lay = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        add = QtWidgets.QPushButton(translate("Gallery", "Add files…"))
        add.setProperty("primary", True)
        add.clicked.connect(self.add_files)
        row.addWidget(add)
        hint = QtWidgets.QLabel(translate(
            "Gallery", "Or drop photos, scans, audio and video here. Originals are sealed in "
                       "the vault; the pictures shown have their location and camera data "
                       "removed."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        row.addWidget(hint, 1)
        lay.addLayout(row)
        self.model = ThumbModel(self)
        self.view = QtWidgets.QListView()
        self.view.setModel(self.model)
        self.view.setViewMode(QtWidgets.QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 36, THUMB + 52))
        self.view.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.view.setMovement(QtWidgets.QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QtWidgets.QListView.LayoutMode.Batched)
        self.view.activated.connect(self.open_index)
        lay.addWidget(self.view, 1)
        self.empty = QtWidgets.QLabel(translate("Gallery", "No evidence files yet."))
        set_role(self.empty, "muted")
        lay.addWidget(self.empty)

    @property
    def items(self) -> list[dict[str, Any]]:
        return self.model.items

    def set_items(self, items: list[dict[str, Any]]) -> None:
        """Show `items` (from field_views.evidence_items, run on the worker)."""
        self.model.set_items(items)
        self.empty.setVisible(not items)

    def reload(self) -> None:
        s, cid = self.app.session, self.case_id
        if s is None:
            return
        self.app.tasks.run(lambda job: q.evidence_items(s, cid), owner=self,
                           on_done=self.set_items)

    def add_files(self) -> None:
        paths = dialogs.pick_open_files(self, translate("Gallery", "Add evidence files"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        import_files(self.app, self.window(), paths, self.case_id, on_done=self._imported)

    def _imported(self, _result: dict[str, Any]) -> None:
        if self.receivers(QtCore.SIGNAL("changed()")) > 0:
            self.changed.emit()  # the case view reloads everything, the gallery included
        else:
            self.reload()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def open_index(self, index: QtCore.QModelIndex) -> None:
        it = self.model.data(index, Qt.ItemDataRole.UserRole)
        if it is not None:
            Viewer(self.app, it, self).show()


class ZoomView(QtWidgets.QGraphicsView):
    def __init__(self) -> None:
        super().__init__()
        self.setScene(QtWidgets.QGraphicsScene(self))
        self.item = QtWidgets.QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QtWidgets.QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QtGui.QColor("#2b3138"))
        self.zoom = 1.0

    def set_image(self, image: QtGui.QImage) -> None:
        self.item.setPixmap(QtGui.QPixmap.fromImage(image))
        self.scene().setSceneRect(QtCore.QRectF(image.rect()))
        self.fit()

    def fit(self) -> None:
        self.resetTransform()
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(max(self.zoom * factor, 0.05), 20.0)
        self.setTransform(QtGui.QTransform.fromScale(self.zoom, self.zoom))

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or True:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)


class Viewer(QtWidgets.QDialog):
    """The display derivative (metadata stripped) with zoom; export original on request."""

    def __init__(self, app: Any, item: dict[str, Any], parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.item = item
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(item.get("filename") or labels.kind_label("evidence"))
        self.resize(900, 700)
        lay = QtWidgets.QVBoxLayout(self)
        self.view = ZoomView()
        lay.addWidget(self.view, 1)
        self.info = QtWidgets.QLabel(self._info_text())
        self.info.setWordWrap(True)
        set_role(self.info, "muted")
        lay.addWidget(self.info)
        row = QtWidgets.QHBoxLayout()
        for text, slot, key in (
                (translate("Viewer", "Zoom in"), lambda: self.view.zoom_by(1.25), "+"),
                (translate("Viewer", "Zoom out"), lambda: self.view.zoom_by(0.8), "-"),
                (translate("Viewer", "Fit"), self.view.fit, "0")):
            b = QtWidgets.QPushButton(f"{text} ({key})")
            b.clicked.connect(slot)
            QtGui.QShortcut(QtGui.QKeySequence(key), self, slot)
            row.addWidget(b)
        row.addStretch(1)
        export = QtWidgets.QPushButton(translate("Viewer", "Export original…"))
        export.setProperty("danger", True)
        export.clicked.connect(self.export_original)
        row.addWidget(export)
        close = QtWidgets.QPushButton(translate("Viewer", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        lay.addLayout(row)
        self.load()

    def _info_text(self) -> str:
        it = self.item
        parts = [it.get("filename") or "", it.get("mime") or "", human_size(it.get("size") or 0)]
        if it.get("captured_at"):
            parts.append(translate("Viewer", "taken %1").replace("%1", it["captured_at"]))
        if it.get("gps"):
            parts.append(translate("Viewer", "the original holds a GPS position; this copy "
                                   "does not"))
        parts.append(translate("Viewer", "shown: a copy without metadata"))
        return " · ".join(p for p in parts if p)

    def load(self) -> None:
        s, sha = self.app.session, self.item["sha256"]
        if s is None:
            return
        self.app.tasks.run(lambda job: evidence_uc.derivative(s, sha, "display"),
                           owner=self, on_done=self._show)

    def _show(self, data: bytes | None) -> None:
        if not data:
            self.view.scene().addText(translate("Viewer", "No preview for this kind of file. "
                                                "Export the original to open it elsewhere."))
            return
        self.view.set_image(QtGui.QImage.fromData(data))

    def export_original(self) -> None:
        answer = dialogs.ask(self, translate("Viewer", "Export the original?"), translate(
            "Viewer", "This writes the original file, NOT encrypted and with all its "
            "metadata (GPS position, time, camera), to the place you choose. Anyone who can "
            "read that disk or stick can read it. The export is recorded in the custody log. "
            "To send evidence to the coordinator, use a sealed bundle instead."),
            [("export", translate("Viewer", "Export unencrypted")),
             ("cancel", translate("Viewer", "Cancel"))], default="cancel",
            icon=QtWidgets.QMessageBox.Icon.Warning)
        if answer != "export":
            return
        target = dialogs.pick_save_file(self, translate("Viewer", "Export original"),
                                        self.item.get("filename") or "evidence")
        if not target:
            return
        s, sha = self.app.session, self.item["sha256"]
        self.app.tasks.run(
            lambda job: evidence_uc.export_original(s, sha, Path(target)),
            owner=self, on_done=lambda size: dialogs.inform(
                self, translate("Viewer", "Exported"),
                translate("Viewer", "The original was written to %1 (%2), unencrypted.")
                .replace("%1", target).replace("%2", human_size(size))))
