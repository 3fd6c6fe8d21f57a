"""The body diagram of the Istanbul Protocol: front, back, sides, head, hands, feet.

Drawn from SVG files in resources/diagrams/. A click places a lesion marker: its
position is stored in per mille of the drawing's width and height (integers, no
floats), with the view and a body region guessed from where the click fell; the
lesion form opens prefilled. Clicking a marker opens its lesion record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import resources
from app.usecases import field_views
from ui import i18n, labels
from ui.field.forms import FormDialog
from ui.qt import (
    QPointF,
    QRectF,
    Qt,
    QtCore,
    QtGui,
    QtSvg,
    QtWidgets,
    Signal,
    translate,
)
from ui.style import set_role

FOLDER = Path(resources.ROOT) / "diagrams"
VIEWS = ("front", "back", "left", "right", "head", "hands", "feet")
MARKER_RADIUS = 11


def region_at(view: str, x: int, y: int) -> str:
    """A body_region code for a point (per mille) of a view: a first guess the person
    can correct in the lesion form."""
    if view in ("front", "back"):
        side = x < 325 or x > 675  # arms hang outside the torso
        if y <= 130:
            return "face" if view == "front" and y > 30 else "head"
        if y <= 155:
            return "neck"
        if y >= 462 and y < 560 and (x < 250 or x > 750):
            return "hands"
        if side and y < 462:
            return "arms"
        if y <= 205:
            return "shoulders"
        if y <= 330:
            return "chest" if view == "front" else "back"
        if y <= 470:
            return "abdomen" if view == "front" else "lower_back"
        if y <= 560:
            if view == "back":
                return "buttocks"
            return "genitals" if 425 < x < 575 else "legs"
        if 630 <= y <= 710:
            return "knees"
        if y <= 880:
            return "legs"
        if y <= 930:
            return "ankles"
        return "feet"
    if view in ("left", "right"):
        front_x = x > 512 if view == "left" else x < 488
        if y <= 135:
            return "face" if front_x else "head"
        if y <= 155:
            return "neck"
        if 412 < x < 588 and 180 <= y <= 450:
            return "arms"
        if 412 < x < 588 and 450 < y <= 535:
            return "hands"
        if y <= 540:
            return "flanks"
        if 640 <= y <= 720:
            return "knees"
        if y <= 880:
            return "legs"
        if y <= 930:
            return "ankles"
        return "feet"
    if view == "head":
        if x < 500:
            if y > 770:
                return "neck"
            if x < 112 or x > 390:
                return "ears"
            if 600 <= y <= 690:
                return "mouth_teeth"
            return "face" if y > 300 else "head"
        if y > 720:
            return "neck"
        if 660 < x < 730 and 380 < y < 530:
            return "ears"
        return "face" if x > 830 else "head"
    if view == "hands":
        if y < 500:
            return "fingers_nails"
        if y > 860:
            return "wrists"
        return "hands"
    if view == "feet":
        return "feet" if y < 180 else "soles"
    return "other"


def view_label(view: str) -> str:
    return labels.vocab_label("body_view", view)


class BodyDiagram(QtWidgets.QWidget):
    """One view at a time; markers are (lesion_id, view, x‰, y‰, label)."""

    placed = Signal(str, int, int, str)  # view, x‰, y‰, region
    marker_clicked = Signal(str)  # lesion record id

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = "front"
        self.markers: list[dict[str, Any]] = []
        self.selected: str | None = None
        self.renderers = {v: QtSvg.QSvgRenderer(str(FOLDER / f"{v}.svg")) for v in VIEWS}
        self.setMinimumSize(260, 300)  # fits a 1280×720 screen at 125 %
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(translate("BodyDiagram", "Click where the lesion is"))

    def set_view(self, view: str) -> None:
        self.view = view
        self.update()

    def set_markers(self, markers: list[dict[str, Any]]) -> None:
        self.markers = markers
        self.update()

    def drawing_rect(self) -> QRectF:
        size = self.renderers[self.view].defaultSize()
        w, h = size.width(), size.height()
        area = QRectF(self.rect()).adjusted(40, 34, -40, -16)
        scale = min(area.width() / w, area.height() / h)
        dw, dh = w * scale, h * scale
        return QRectF(area.center().x() - dw / 2, area.center().y() - dh / 2, dw, dh)

    def to_permille(self, pos: QPointF) -> tuple[int, int] | None:
        r = self.drawing_rect()
        if not r.contains(pos):
            return None
        x = round((pos.x() - r.left()) / r.width() * 1000)
        y = round((pos.y() - r.top()) / r.height() * 1000)
        return min(max(x, 0), 1000), min(max(y, 0), 1000)

    def to_point(self, x: int, y: int) -> QPointF:
        r = self.drawing_rect()
        return QPointF(r.left() + r.width() * x / 1000, r.top() + r.height() * y / 1000)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QtGui.QColor("#ffffff"))
        r = self.drawing_rect()
        self.renderers[self.view].render(p, r)
        p.setPen(QtGui.QColor("#4f5a66"))
        font = p.font()
        font.setPointSizeF(9.5)
        p.setFont(font)
        left, right = self._side_labels()
        top = QRectF(8, 6, self.width() - 16, 22)
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        p.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                   view_label(self.view))
        for m in self.markers:
            if m.get("view") != self.view or m.get("x") is None or m.get("y") is None:
                continue
            c = self.to_point(m["x"], m["y"])
            sel = m.get("record_id") == self.selected
            p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), 2.5))
            p.setBrush(QtGui.QColor("#1d5a78" if sel else "#b42318"))
            p.drawEllipse(c, MARKER_RADIUS, MARKER_RADIUS)
            label = m.get("marker") or ""
            if label:
                box = QRectF(c.x() + MARKER_RADIUS + 3, c.y() - 11, 60, 22)
                p.setPen(QtCore.Qt.PenStyle.NoPen)
                p.setBrush(QtGui.QColor(255, 255, 255, 220))
                metrics = QtGui.QFontMetricsF(p.font())
                box.setWidth(metrics.horizontalAdvance(label) + 8)
                p.drawRoundedRect(box, 4, 4)
                p.setPen(QtGui.QColor("#9b1c1c"))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        p.end()

    def _side_labels(self) -> tuple[str, str]:
        right = translate("BodyDiagram", "Person's right")
        left = translate("BodyDiagram", "Person's left")
        if self.view in ("front", "head"):
            return right, left
        if self.view in ("back",):
            return left, right
        if self.view in ("hands", "feet"):
            return left, right
        return "", ""

    def marker_at(self, pos: QPointF) -> str | None:
        for m in self.markers:
            if m.get("view") != self.view or m.get("x") is None:
                continue
            c = self.to_point(m["x"], m["y"])
            if (c - pos).manhattanLength() <= MARKER_RADIUS * 1.6:
                return m.get("record_id")
        return None

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        hit = self.marker_at(pos)
        if hit:
            self.selected = hit
            self.update()
            self.marker_clicked.emit(hit)
            return
        point = self.to_permille(pos)
        if point is None:
            return
        x, y = point
        self.placed.emit(self.view, x, y, region_at(self.view, x, y))


class DiagramPanel(QtWidgets.QWidget):
    """The diagram with its view switcher and the list of lesions already marked."""

    def __init__(self, dialog: ExamDialog) -> None:
        super().__init__()
        self.dialog = dialog
        lay = QtWidgets.QHBoxLayout(self)
        left = QtWidgets.QVBoxLayout()
        self.views = QtWidgets.QTabBar()
        self.views.setUsesScrollButtons(False)  # every view in sight, none behind an arrow
        self.views.setExpanding(False)
        for v in VIEWS:
            self.views.addTab(view_label(v))
        self.views.currentChanged.connect(lambda i: self.diagram.set_view(VIEWS[i]))
        left.addWidget(self.views)
        self.diagram = BodyDiagram()
        left.addWidget(self.diagram, 1)
        lay.addLayout(left, 3)
        right = QtWidgets.QVBoxLayout()
        hint = QtWidgets.QLabel(translate(
            "DiagramPanel", "Click on the drawing where a lesion is: a marker is placed and "
            "its lesion record opens. Click a marker to open its record."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        right.addWidget(hint)
        self.needs_save = QtWidgets.QLabel(translate(
            "DiagramPanel", "Save the examination once before marking lesions."))
        self.needs_save.setWordWrap(True)
        set_role(self.needs_save, "calm")
        right.addWidget(self.needs_save)
        self.save_first = QtWidgets.QPushButton(translate("DiagramPanel",
                                                          "Save the examination now"))
        self.save_first.clicked.connect(lambda: dialog.save(close=False))
        right.addWidget(self.save_first)
        title = QtWidgets.QLabel(translate("DiagramPanel", "Lesions"))
        set_role(title, "subtitle")
        right.addWidget(title)
        self.list = QtWidgets.QListWidget()
        self.list.itemActivated.connect(self._activated)
        right.addWidget(self.list, 1)
        add = QtWidgets.QPushButton(translate("DiagramPanel", "Add a lesion without a marker"))
        add.clicked.connect(lambda: dialog.new_lesion({}))
        right.addWidget(add)
        lay.addLayout(right, 2)
        self.diagram.placed.connect(self._placed)
        self.diagram.marker_clicked.connect(dialog.open_lesion)
        self.set_enabled(dialog.record_id is not None)

    def set_enabled(self, on: bool) -> None:
        self.diagram.setEnabled(on)
        self.needs_save.setVisible(not on)
        self.save_first.setVisible(not on)

    def set_lesions(self, lesions: list[dict[str, Any]]) -> None:
        self.list.clear()
        markers = []
        for les in lesions:
            body = les.get("body") or {}
            markers.append({"record_id": les["record_id"], "view": body.get("view"),
                            "x": body.get("x"), "y": body.get("y"),
                            "marker": body.get("marker")})
            item = QtWidgets.QListWidgetItem(les.get("title") or labels.kind_label("lesion"))
            item.setData(Qt.ItemDataRole.UserRole, les["record_id"])
            self.list.addItem(item)
        self.diagram.set_markers(markers)

    def _activated(self, item: QtWidgets.QListWidgetItem) -> None:
        self.dialog.open_lesion(item.data(Qt.ItemDataRole.UserRole))

    def _placed(self, view: str, x: int, y: int, region: str) -> None:
        self.dialog.new_lesion({"view": view, "x": x, "y": y, "body_region": region})


class ExamDialog(FormDialog):
    """The medical examination form, with the body diagram as a second tab."""

    def __init__(self, app: Any, kind: str, *, lesions: list[dict[str, Any]],
                 **kwargs: Any) -> None:
        super().__init__(app, kind, **kwargs)
        self.lesions = lesions
        self.tabs = QtWidgets.QTabWidget()
        self.body_area.removeWidget(self.scroll)
        self.tabs.addTab(self.scroll, translate("ExamDialog", "Examination"))
        self.panel = DiagramPanel(self)
        self.tabs.addTab(self.panel, translate("ExamDialog", "Body diagram and lesions"))
        self.body_area.addWidget(self.tabs)
        self.panel.set_lesions(lesions)
        self.resize(980, 800)

    def _saved(self, record_id: str, close: bool) -> None:
        super()._saved(record_id, close)
        if not close:
            self.panel.set_enabled(True)
            self.setWindowTitle(labels.kind_label(self.kind))

    def case_id(self) -> str | None:
        return self.form.values().get("case_id") or None

    def new_lesion(self, preset: dict[str, Any]) -> None:
        if self.record_id is None:
            return
        n = len(self.lesions) + 1
        used = {(les.get("body") or {}).get("marker") for les in self.lesions}
        while f"L{n}" in used:
            n += 1
        pre = {"exam_id": self.record_id, "marker": f"L{n}", **preset}
        self.app.open_form("lesion", preset=pre, case_id=self.case_id(),
                  on_saved=self._lesion_saved, parent=self)

    def open_lesion(self, lesion_id: str) -> None:
        self.app.open_form("lesion", record_id=lesion_id, case_id=self.case_id(),
                  on_saved=self._lesion_saved, parent=self)

    def _lesion_saved(self, _rid: str) -> None:
        self.reload_lesions()

    def reload_lesions(self) -> None:
        s, exam, lang = self.app.session, self.record_id, i18n.current()
        if s is None or exam is None:
            return
        self.app.tasks.run(lambda job: field_views.lesions(s, exam, lang), owner=self,
                           on_done=self._lesions_loaded)

    def _lesions_loaded(self, lesions: list[dict[str, Any]]) -> None:
        self.lesions = lesions
        self.panel.set_lesions(lesions)
