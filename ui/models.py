"""The record list: a lazy table model, smooth at 100k records.

Rows arrive a page at a time from the worker (fetchMore), so opening a vault of any
size shows its first screen at once and scrolling loads more. Every query carries a
token: a result for an older query (the person typed on) is dropped.

Flags are drawn as small coloured chips with short labels (`FlagChips`); `fit_columns`
sizes the short columns to what they hold, so the title gets the rest of the width
(elided, with the full title in its tooltip) and nothing needs horizontal scrolling.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app import dates
from app.usecases import field_views
from app.usecases import records as records_uc
from app.usecases.session import Session
from ui import i18n, labels
from ui.qt import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QRectF,
    Qt,
    QtGui,
    QtWidgets,
    Signal,
    translate,
)
from ui.tasks import Job, TaskManager

PAGE = 200
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's flag codes, for the chips


class RecordTableModel(QAbstractTableModel):
    # "facility": where a visit, a detention or an incident took place (hidden when no
    # row of the list has one, like every empty short column).
    LIST_COLUMNS = ("title", "kind", "facility", "city", "status", "date", "flags")
    SEARCH_COLUMNS = ("title", "kind", "date", "snippet")
    SORT_KEYS: ClassVar[dict[str, str]] = {"title": "title", "city": "city",
                                           "status": "status", "date": "date"}
    loaded = Signal()

    def __init__(self, tasks: TaskManager, session: Session, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = session
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.filters = records_uc.Filters(kind="case")
        self.text = ""
        self.order = "updated"
        self.descending = True
        self._token = 0
        self._loading = False
        self._more = False
        self.COLUMNS = self.LIST_COLUMNS

    # -- queries ---------------------------------------------------------------

    def set_query(self, filters: records_uc.Filters, text: str = "") -> None:
        self.filters = filters
        self.text = text.strip()
        self.refresh()

    def refresh(self) -> None:
        self._token += 1
        token = self._token
        self.beginResetModel()
        self.rows = []
        self.total = 0
        self._more = False
        self._loading = True
        self.COLUMNS = self.SEARCH_COLUMNS if self.text else self.LIST_COLUMNS
        self.endResetModel()
        s, filters, text, order, desc = (self.session, self.filters, self.text, self.order,
                                          self.descending)
        lang = i18n.current()

        def first(job: Job) -> tuple[int, list[dict[str, Any]]]:
            if text:
                hits = field_views.find(s, text, filters, limit=PAGE, lang=lang)
                return -1, [_hit(h) for h in hits]
            total = field_views.count(s, filters)
            return total, field_views.record_list(s, filters, order=order, descending=desc,
                                                  limit=PAGE, lang=lang)

        self.tasks.run(first, owner=self, on_done=lambda r: self._arrived(token, r, True))

    def _arrived(self, token: int, result: tuple[int, list[dict[str, Any]]],
                 first: bool) -> None:
        if token != self._token:
            return
        total, rows = result
        self._loading = False
        if first:
            self.total = total
        self._more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        token, offset = self._token, len(self.rows)
        s, filters, text, order, desc = (self.session, self.filters, self.text, self.order,
                                          self.descending)
        lang = i18n.current()

        def page(job: Job) -> tuple[int, list[dict[str, Any]]]:
            if text:
                return -1, [_hit(h) for h in field_views.find(s, text, filters, limit=PAGE,
                                                             offset=offset, lang=lang)]
            return 0, field_views.record_list(s, filters, order=order, descending=desc,
                                              limit=PAGE, offset=offset, lang=lang)

        self.tasks.run(page, owner=self, on_done=lambda r: self._arrived(token, r, False))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.COLUMNS[column]) if column < len(self.COLUMNS) else None
        if key is None or self.text:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- the table -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {"title": translate("RecordTableModel", "Title"),
                 "kind": translate("RecordTableModel", "Kind"),
                 "facility": translate("RecordTableModel", "Place"),
                 "city": translate("RecordTableModel", "City"),
                 "status": translate("RecordTableModel", "Status"),
                 "date": translate("RecordTableModel", "Date"),
                 "flags": translate("RecordTableModel", "Flags"),
                 "snippet": translate("RecordTableModel", "Found in")}
        return names[self.COLUMNS[section]] if section < len(self.COLUMNS) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) \
                or index.column() >= len(self.COLUMNS):
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "title":
                return row["title"]
            if col == "kind":
                return labels.kind_label(row["kind"])
            if col == "facility":
                return row.get("facility") or ""
            if col == "city":
                return labels.vocab_label("city", row["city"]) if row.get("city") else ""
            if col == "status":
                return _status(row)
            if col == "date":
                return dates.for_display(row.get("date"), i18n.current())
            if col == "snippet":
                return labels.unmasked_marker(row.get("snippet") or "").replace(
                    "\n", " ").replace("[", "«").replace("]", "»")
            if col == "flags":
                return ", ".join(labels.flag_label(f) for f in row.get("flags") or ())
        if role == FLAGS_ROLE:
            return list(row.get("flags") or ())
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "flags":
                return "\n".join(labels.flag_label(f) for f in row.get("flags") or ()) or None
            if row.get("snippet"):
                return labels.unmasked_marker(row["snippet"]).replace("[", "«").replace(
                    "]", "»")
            city = labels.vocab_label("city", row["city"]) if row.get("city") else ""
            more = " · ".join(x for x in (row.get("facility") or "", city, _status(row),
                                      dates.for_display(row.get("date"), i18n.current())) if x)
            return row["title"] + ("\n" + more if more else "")
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def record_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def _status(row: dict[str, Any]) -> str:
    status = row.get("status")
    if not status:
        return ""
    vocab = {"case": "case_status", "complaint": "complaint_status"}.get(row["kind"])
    return labels.vocab_label(vocab, status) if vocab else status


def _hit(h: Any) -> dict[str, Any]:
    return {"record_id": h.record_id, "kind": h.kind, "title": h.title, "date": h.date,
            "city": None, "status": None, "flags": [], "snippet": h.snippet}


# --- flags as chips, and column widths ------------------------------------------------------

CHIP_COLOURS = {  # (background, text): danger red, protected amber, the others quiet blue
    "reprisal_risk": ("#9b1c1c", "#ffffff"), "do_not_contact": ("#9b1c1c", "#ffffff"),
    "protected": ("#fff1d6", "#8a4b00"),
}
QUIET_CHIP = ("#dcebf3", "#1d5a78")
CHIP_GAP = 4
CHIP_PAD = 7
MAX_CHIPS_WIDTH = 180  # two or three chips; more become "+N"
CHIP_ORDER = ("do_not_contact", "reprisal_risk", "protected", "minor", "woman", "disability")


def chip_order(flags: list[str]) -> list[str]:
    """The flags that matter most for safety first."""
    return sorted(flags, key=lambda f: CHIP_ORDER.index(f) if f in CHIP_ORDER else 99)


class FlagChips(QtWidgets.QStyledItemDelegate):
    """Paints a row's flags as rounded chips (short labels; full names in the tooltip);
    when they do not fit, the last chip says "+N"."""

    def font(self, base: QtGui.QFont) -> QtGui.QFont:
        font = QtGui.QFont(base)
        font.setPointSizeF(max(base.pointSizeF() - 1.5, 7.5))
        font.setBold(True)
        return font

    def chip_width(self, fm: QtGui.QFontMetrics, text: str) -> int:
        return fm.horizontalAdvance(text) + 2 * CHIP_PAD

    def width_for(self, flags: list[str], base: QtGui.QFont) -> int:
        fm = QtGui.QFontMetrics(self.font(base))
        return sum(self.chip_width(fm, labels.flag_short(f)) + CHIP_GAP for f in flags) + 8

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem,
              index: QModelIndex) -> None:
        opt = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QtWidgets.QApplication.style()
        style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        flags = chip_order(index.data(FLAGS_ROLE) or [])
        if not flags:
            return
        font = self.font(option.font)
        fm = QtGui.QFontMetrics(font)
        rect = option.rect.adjusted(4, 0, -4, 0)
        height = fm.height() + 4
        top = rect.top() + (rect.height() - height) / 2
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        x = float(rect.left())
        for i, flag in enumerate(flags):
            text = labels.flag_short(flag)
            width = self.chip_width(fm, text)
            rest = len(flags) - i - 1
            more = self.chip_width(fm, f"+{rest}") + CHIP_GAP if rest else 0
            if x + width + more > rect.right() and i > 0:
                text, width, (bg, fg) = f"+{len(flags) - i}", \
                    self.chip_width(fm, f"+{len(flags) - i}"), QUIET_CHIP
                self._chip(painter, QRectF(x, top, width, height), text, bg, fg)
                break
            bg, fg = CHIP_COLOURS.get(flag, QUIET_CHIP)
            self._chip(painter, QRectF(x, top, width, height), text, bg, fg)
            x += width + CHIP_GAP
        painter.restore()

    def _chip(self, painter: QtGui.QPainter, rect: QRectF, text: str, bg: str, fg: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(bg))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QtGui.QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


COLUMN_CAPS = {"kind": 120, "facility": 180, "city": 130, "status": 140, "date": 110}
TITLE_SHARE = 0.42  # below this share of the width, the city column makes way for the title


class ColumnFitter(QObject):
    """Sizes the record list's columns: the title (and "found in") take what is left;
    the short columns are as wide as the rows loaded so far need (capped: longer text is
    elided, its tooltip shows it); flags are chips. When the list is narrow (a 1280×800
    laptop, Russian or Kazakh labels), the city column is hidden so the title stays
    readable; the title's tooltip still names the city."""

    def __init__(self, table: QtWidgets.QTableView, model: RecordTableModel,
                 hide_kind: Any) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.hide_kind = hide_kind  # () -> bool: the list shows one kind only
        self.chips = FlagChips(table)
        table.setItemDelegateForColumn(model.LIST_COLUMNS.index("flags"), self.chips)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().setStretchLastSection(False)
        self.widths: dict[str, int] = {}
        self.floor: dict[str, int] = {}  # the header's own width: never narrower
        self.empty: set[str] = set()  # short columns with nothing in them (people: no status)
        table.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table and event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def fit(self) -> None:
        """Measure the columns against the rows loaded so far, then lay them out."""
        table, model = self.table, self.model
        bold = QtGui.QFont(table.horizontalHeader().font())
        bold.setBold(True)
        head_fm = QtGui.QFontMetrics(bold)
        fm = table.fontMetrics()
        sample = range(min(len(model.rows), 300))
        self.widths = {}
        self.floor = {}
        self.empty = set()
        for col, name in enumerate(model.COLUMNS):
            if name in ("title", "snippet"):
                continue
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            width = head_fm.horizontalAdvance(title) + 30  # padding and the sort arrow
            self.floor[name] = width
            filled = False
            if name == "flags":
                for r in sample:
                    flags = model.rows[r].get("flags") or []
                    filled = filled or bool(flags)
                    width = max(width, self.chips.width_for(flags, table.font()))
                width = min(width, MAX_CHIPS_WIDTH)
            else:
                for r in sample:
                    text = model.data(model.index(r, col)) or ""
                    filled = filled or bool(text)
                    width = max(width, fm.horizontalAdvance(text) + 16)
                width = min(width, COLUMN_CAPS.get(name, 140))
            self.widths[name] = width
            if len(sample) and not filled and name != "flags":
                self.empty.add(name)
        self.apply()

    def apply(self) -> None:
        table, model = self.table, self.model
        header = table.horizontalHeader()
        mode = QtWidgets.QHeaderView.ResizeMode
        hidden = ({"kind"} if self.hide_kind() else set()) | self.empty
        room = table.viewport().width() or table.width()
        widths = dict(self.widths)
        if "title" in model.COLUMNS and "snippet" not in model.COLUMNS:
            used = sum(w for n, w in widths.items() if n not in hidden)
            if room - used < TITLE_SHARE * room:
                hidden.add("city")
                used -= widths.get("city", 0)
            short = TITLE_SHARE * room - (room - used)
            if short > 0 and "status" in widths:  # long status words elide, not the title
                cut = min(short, widths["status"] - self.floor.get("status", 0))
                widths["status"] -= int(max(cut, 0))
        if "snippet" in model.COLUMNS:  # search hits: the title, and more room for the words
            rest = room - sum(w for n, w in widths.items() if n not in hidden)
            widths["title"] = max(int(rest * 0.42), 120)
        for col in range(max(len(model.LIST_COLUMNS), len(model.SEARCH_COLUMNS))):
            name = model.COLUMNS[col] if col < len(model.COLUMNS) else ""
            table.setColumnHidden(col, name in hidden)
            if name == "snippet" or (name == "title" and name not in widths):
                header.setSectionResizeMode(col, mode.Stretch)
            elif name:
                header.setSectionResizeMode(col, mode.Interactive)
                if name in widths:
                    header.resizeSection(col, widths[name])

    def hidden(self) -> list[str]:
        return [n for c, n in enumerate(self.model.COLUMNS) if self.table.isColumnHidden(c)]
