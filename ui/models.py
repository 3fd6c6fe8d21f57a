"""The record list: a lazy table model, smooth at 100k records.

Rows arrive a page at a time from the worker (fetchMore), so opening a vault of any
size shows its first screen at once and scrolling loads more. Every query carries a
token: a result for an older query (the person typed on) is dropped.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app import search
from ui import labels
from ui.qt import QAbstractTableModel, QModelIndex, QObject, Qt, QtGui, Signal, translate
from ui.session import Session
from ui.tasks import Job, TaskManager

PAGE = 200


class RecordTableModel(QAbstractTableModel):
    LIST_COLUMNS = ("title", "kind", "city", "status", "date", "flags")
    SEARCH_COLUMNS = ("title", "kind", "date", "snippet")
    SORT_KEYS: ClassVar[dict[int, str]] = {0: "title", 2: "city", 3: "status", 4: "date"}
    loaded = Signal()

    def __init__(self, tasks: TaskManager, session: Session, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = session
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self.filters = search.Filters(kind="case")
        self.text = ""
        self.order = "updated"
        self.descending = True
        self._token = 0
        self._loading = False
        self._more = False
        self.COLUMNS = self.LIST_COLUMNS

    # -- queries ---------------------------------------------------------------

    def set_query(self, filters: search.Filters, text: str = "") -> None:
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

        def first(job: Job) -> tuple[int, list[dict[str, Any]]]:
            if text:
                hits = search.search(s.db, text, filters, limit=PAGE)
                return -1, [_hit(h) for h in hits]
            total = search.count_records(s.db, filters)
            return total, search.list_records(s.db, filters, order=order, descending=desc,
                                              limit=PAGE)

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

        def page(job: Job) -> tuple[int, list[dict[str, Any]]]:
            if text:
                return -1, [_hit(h) for h in search.search(s.db, text, filters, limit=PAGE,
                                                            offset=offset)]
            return 0, search.list_records(s.db, filters, order=order, descending=desc,
                                          limit=PAGE, offset=offset)

        self.tasks.run(page, owner=self, on_done=lambda r: self._arrived(token, r, False))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
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
            if col == "city":
                return labels.vocab_label("city", row["city"]) if row.get("city") else ""
            if col == "status":
                return _status(row)
            if col == "date":
                return row.get("date") or ""
            if col == "snippet":
                return (row.get("snippet") or "").replace("\n", " ").replace("[", "«") \
                    .replace("]", "»")
            if col == "flags":
                return ", ".join(labels.flag_label(f) for f in row.get("flags") or ())
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.get("snippet"):
                return row["snippet"].replace("[", "«").replace("]", "»")
            return row["title"]
        if role == Qt.ItemDataRole.ForegroundRole and col == "flags" and \
                set(row.get("flags") or ()) & set(labels.DANGER_FLAGS):
            return QtGui.QColor("#9b1c1c")
        if role == Qt.ItemDataRole.FontRole and col == "flags" and row.get("flags"):
            font = QtGui.QFont()
            font.setBold(True)
            return font
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


def _hit(h: search.Hit) -> dict[str, Any]:
    return {"record_id": h.record_id, "kind": h.kind, "title": h.title, "date": h.date,
            "city": None, "status": None, "flags": [], "snippet": h.snippet}
