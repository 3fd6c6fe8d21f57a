"""A case: its people, detention history, interviews, incidents, medical examinations,
evidence, complaints and legal steps, NPM links, version history and custody log."""

from __future__ import annotations

import html
from typing import Any

from app import dates, present, schema
from app.dates import local_time
from app.usecases import field_views as q
from app.usecases import legal
from ui import i18n, labels
from ui.field.evidence import Gallery
from ui.field.opening import open_form
from ui.qt import QSize, Qt, QtCore, QtWidgets, Signal, translate
from ui.style import set_role
from ui.tasks import Job

TABS = ("person", "detention", "interview", "incident", "medical_exam", "state_exam",
        "evidence", "complaint", "reprisal", "death_in_custody", "npm")


def tab_title(key: str) -> str:
    return {
        "person": translate("CaseView", "People"),
        "detention": translate("CaseView", "Detention"),
        "interview": translate("CaseView", "Interviews"),
        "incident": translate("CaseView", "Incidents"),
        "medical_exam": translate("CaseView", "Medical"),
        "evidence": translate("CaseView", "Evidence"),
        "complaint": translate("CaseView", "Complaints"),
        "state_exam": translate("CaseView", "State forensic"),
        "reprisal": translate("CaseView", "Reprisals"),
        "death_in_custody": translate("CaseView", "Death in custody"),
        "npm": translate("CaseView", "NPM visits"),
    }[key]


def add_label(kind: str) -> str:
    return {
        "person": translate("CaseView", "Add a person"),
        "detention": translate("CaseView", "Add a detention episode"),
        "interview": translate("CaseView", "Add an interview"),
        "incident": translate("CaseView", "Add an incident"),
        "medical_exam": translate("CaseView", "Add a medical examination"),
        "complaint": translate("CaseView", "Add a complaint or legal step"),
        "state_exam": translate("CaseView", "Add a state forensic examination"),
        "reprisal": translate("CaseView", "Add a reprisal"),
        "death_in_custody": translate("CaseView", "Record a death in custody"),
    }.get(kind, translate("CaseView", "Add"))


def badge(text: str, role: str) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(text)
    set_role(label, role)
    label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
    return label


def render_body(kind: str, body: dict[str, Any], titles: dict[str, str], *,
                revealed: bool = False) -> str:
    """A record as readable HTML (labels, vocabulary words, record titles)."""
    shown = body if revealed else present.masked(kind, body)
    hidden = set()
    if present.is_protected(kind, body) and not revealed:
        hidden = {f.name for f in schema.KINDS[kind].fields if f.identifying}
    rows = []
    for f in schema.KINDS[kind].fields:
        if f.name not in shown:
            continue
        value = present.MASK if f.name in hidden else shown[f.name]
        rows.append((labels.field_label(f), _fmt(f, value, titles)))
    if not rows:
        return ""
    cells = "".join(
        f"<tr><td style='color:#4f5a66;padding:3px 14px 3px 0;vertical-align:top;"
        f"white-space:nowrap'>{html.escape(k)}</td><td style='padding:3px 0'>{v}</td></tr>"
        for k, v in rows)
    return f"<table cellspacing='0'>{cells}</table>"


def _fmt(f: schema.Field, value: Any, titles: dict[str, str]) -> str:
    if value == present.MASK:
        return "<i>" + html.escape(translate("CaseView", "hidden (protected identity)")) + "</i>"
    t = f.type
    if t == "bool":
        return html.escape(labels.yes_no(value))
    if t == "enum":
        return html.escape(labels.vocab_label(f.vocab or "", value))
    if t == "enums":
        return html.escape(", ".join(labels.vocab_label(f.vocab or "", v) for v in value))
    if t == "ref":
        return html.escape(titles.get(value, value[:8] + "…"))
    if t == "refs":
        return html.escape(", ".join(titles.get(v, v[:8] + "…") for v in value))
    if t == "strs":
        return html.escape(", ".join(value))
    if t == "date":
        return html.escape(dates.for_display(str(value), i18n.current()))
    if t == "datetime":
        return html.escape(dates.datetime_for_display(str(value), i18n.current()))
    if t == "text":
        return html.escape(labels.unmasked_marker(value)).replace("\n", "<br>")
    if t == "object":
        return render_body_fields(f.fields, value, titles)
    if t == "objects":
        return "".join(f"<div style='margin-bottom:6px'>{render_body_fields(f.fields, v, titles)}"
                       "</div>" for v in value)
    return html.escape(labels.unmasked_marker(str(value)))


def render_body_fields(fields: tuple[schema.Field, ...], body: dict[str, Any],
                       titles: dict[str, str]) -> str:
    parts = []
    for f in fields:
        if f.name in body:
            parts.append(f"<b>{html.escape(labels.field_label(f))}:</b> "
                         f"{_fmt(f, body[f.name], titles)}")
    return "<br>".join(parts)


class FlowLayout(QtWidgets.QLayout):
    """Widgets left to right, wrapping onto the next line when the width runs out (the
    case's badges: a do-not-contact warning must never be cut off)."""

    def __init__(self, spacing: int, *, right: bool = False, hfw: bool = True) -> None:
        super().__init__()
        self.right = right  # each line ends at the right edge (a row of buttons)
        # Without height-for-width, the layout's minimum height is that of its lines at
        # its current width: inside a QTabWidget, whose height-for-width answer is its
        # pages' preferred height (a case's lists would not shrink to fit the screen).
        self.hfw = hfw
        self._height = 0
        self._items: list[QtWidgets.QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return self.hfw

    def heightForWidth(self, width: int) -> int:
        return self._place(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if not self.hfw and height != self._height:
            self._height = height  # wrapped onto more (or fewer) lines: ask again
            QtCore.QTimer.singleShot(0, self.invalidate)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        if not self.hfw:
            size.setHeight(max(size.height(), self._height))
        return size

    def _place(self, rect: QtCore.QRect, *, move: bool) -> int:
        gap = self.spacing()
        lines: list[list[tuple[QtWidgets.QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > rect.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + gap
        y = rect.y()
        for line in lines:
            if not line:
                continue
            width = sum(h.width() for _i, h in line) + gap * (len(line) - 1)
            x = rect.x() + (max(rect.width() - width, 0) if self.right else 0)
            for item, hint in line:
                if move:
                    item.setGeometry(QtCore.QRect(QtCore.QPoint(x, y), hint))
                x += hint.width() + gap
            y += max(h.height() for _i, h in line) + gap
        return max(y - gap - rect.y(), 0)


class SectionBar(QtWidgets.QListWidget):
    """A case's sections as a wrapping row of choices, bound to a tab widget whose own
    tab bar is hidden: all of them visible at any width (arrow keys move between)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlow(QtWidgets.QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                           QtWidgets.QSizePolicy.Policy.Fixed)
        self.setProperty("sections", True)
        self.tabs: QtWidgets.QTabWidget | None = None
        self.currentRowChanged.connect(self._chosen)

    def bind(self, tabs: QtWidgets.QTabWidget) -> None:
        """Show the tab widget's pages (again, after their titles changed)."""
        if self.tabs is not tabs:
            self.tabs = tabs
            tabs.currentChanged.connect(self._follow)
        self.blockSignals(True)
        self.clear()
        for i in range(tabs.count()):
            self.addItem(tabs.tabText(i))
        self.setCurrentRow(tabs.currentIndex())
        self.blockSignals(False)
        self._fit()

    def _chosen(self, row: int) -> None:
        if self.tabs is not None and 0 <= row < self.tabs.count():
            self.tabs.setCurrentIndex(row)

    def _follow(self, index: int) -> None:
        if self.currentRow() != index:
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)

    def _fit(self) -> None:
        self.doItemsLayout()
        bottom = max((self.visualItemRect(self.item(i)).bottom()
                      for i in range(self.count())), default=0)
        self.setFixedHeight(bottom + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QtCore.QTimer.singleShot(0, self._fit)


class CaseView(QtWidgets.QWidget):
    """Everything about one case. Reloads itself after each save."""

    open_record = Signal(str)

    def __init__(self, app: Any, case_id: str) -> None:
        super().__init__()
        self.app = app
        self.case_id = case_id
        self.data: dict[str, Any] = {}
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(8)
        # The title has the pane's whole width (it used to share it with the buttons
        # and wrap over four lines); the buttons sit with the badges under it.
        self.title = QtWidgets.QLabel()
        set_role(self.title, "title")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.badges = FlowLayout(6)  # warnings wrap to a second line, never clipped
        lay.addLayout(self.badges)
        # The buttons wrap rather than widen the pane (the desk's case at 125 %).
        top = FlowLayout(6, right=True)
        edit = QtWidgets.QPushButton(translate("CaseView", "Edit case"))
        edit.clicked.connect(self.edit_case)
        hist = QtWidgets.QPushButton(translate("CaseView", "History"))
        hist.clicked.connect(lambda: show_history(self.app, self.case_id, self))
        custody = QtWidgets.QPushButton(translate("CaseView", "Custody log"))
        custody.clicked.connect(self.show_custody)
        for b in (edit, hist, custody):
            top.addWidget(b)
        lay.addLayout(top)
        # Every section in sight: the sections wrap onto a second row instead of
        # hiding behind the tab bar's arrows on a 1366-pixel screen.
        self.sections = SectionBar()
        lay.addWidget(self.sections)
        self.tabs = QtWidgets.QTabWidget()
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.sections.bind(self.tabs)
        lay.addWidget(self.tabs, 1)
        self.overview = QtWidgets.QTextBrowser()
        self.overview.setOpenLinks(False)
        self.tabs.addTab(self.overview, translate("CaseView", "Overview"))
        self.lists: dict[str, QtWidgets.QListWidget] = {}
        self.previews: dict[str, QtWidgets.QTextBrowser] = {}
        for key in TABS:
            if key == "evidence":
                self.gallery = Gallery(app, case_id)
                self.gallery.changed.connect(self.reload)
                self.tabs.addTab(self.gallery, tab_title(key))
                continue
            page = QtWidgets.QWidget()
            pl = QtWidgets.QVBoxLayout(page)
            lst = QtWidgets.QListWidget()
            lst.setAlternatingRowColors(True)
            lst.itemActivated.connect(self._activated)  # Enter or double click: open
            self.lists[key] = lst
            pl.addWidget(lst, 2)
            # One click selects a row and shows the record here, read-only.
            preview = QtWidgets.QTextBrowser()
            preview.setOpenLinks(False)
            lst.currentItemChanged.connect(
                lambda item, _old, p=preview: self._preview(item, p))
            self.previews[key] = preview
            pl.addWidget(preview, 3)
            # A row that wraps: "Add a state forensic examination" beside Open and
            # History must not make the pane wider than a small screen.
            row: QtWidgets.QLayout = (FlowLayout(6, hfw=False) if key != "npm"
                                      else QtWidgets.QHBoxLayout())
            if key != "npm":
                add = QtWidgets.QPushButton(add_label(key))
                add.setProperty("primary", True)
                add.clicked.connect(lambda _c=False, k=key: self.add(k))
                row.addWidget(add)
            else:
                note = QtWidgets.QLabel(translate(
                    "CaseView", "Visits by monitors to the places where this person was held "
                    "or hurt."))
                set_role(note, "muted")
                note.setWordWrap(True)
                row.addWidget(note, 1)
            opener = QtWidgets.QPushButton(translate("CaseView", "Open"))
            opener.clicked.connect(lambda _c=False, w=lst: self._open_current(w))
            history = QtWidgets.QPushButton(translate("CaseView", "History"))
            history.clicked.connect(lambda _c=False, w=lst: self._history_current(w))
            if isinstance(row, QtWidgets.QHBoxLayout):
                row.addStretch(1)
            row.addWidget(opener)
            row.addWidget(history)
            pl.addLayout(row)
            self.tabs.addTab(page, tab_title(key))
        self.reload()

    # -- loading ---------------------------------------------------------------

    def reload(self) -> None:
        s, cid = self.app.session, self.case_id
        if s is None:
            return

        lang = i18n.current()

        def work(job: Job) -> dict[str, Any]:
            data = q.case_view(s, cid, lang)
            body = data["case"]["body"]
            ids = [rid for _p, rid in schema.references("case", body)]
            data["titles"] = q.titles(s, ids, lang)
            data["evidence"] = q.evidence_items(s, cid)
            return data

        self.app.tasks.run(work, owner=self, on_done=self.show_data)

    def show_data(self, data: dict[str, Any]) -> None:
        self.data = data
        case = data["case"]
        self.title.setText(case["title"])
        while self.badges.count():
            w = self.badges.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        body = case["body"]
        if body.get("status"):
            self.badges.addWidget(badge(labels.vocab_label("case_status", body["status"]),
                                        "badge"))
        if body.get("city"):
            self.badges.addWidget(badge(labels.vocab_label("city", body["city"]), "badge"))
        people = data["groups"].get("person", [])
        risk = body.get("reprisal_risk") in ("medium", "high") or any(
            "reprisal_risk" in p["flags"] for p in people)
        if risk:
            self.badges.addWidget(badge(translate("CaseView", "Reprisal risk"), "badge-danger"))
        dnc = [p for p in people if "do_not_contact" in p["flags"]]
        if dnc:
            self.badges.addWidget(badge(translate("CaseView", "Do not contact: %1")
                                        .replace("%1", ", ".join(p["title"] for p in dnc)),
                                        "badge-danger"))
        prot = [p for p in people if "protected" in p["flags"]]
        if prot:
            self.badges.addWidget(badge(translate("CaseView", "Protected identities: %1")
                                        .replace("%1", str(len(prot))), "badge-warn"))
        if case.get("conflict"):
            self.badges.addWidget(badge(translate("CaseView", "Edited on two devices: check "
                                                  "the history"), "badge-warn"))
        self.overview.setHtml(render_body("case", body, data.get("titles", {})))
        for key, lst in self.lists.items():
            lst.clear()
            items = data["visits"] if key == "npm" else data["groups"].get(key, [])
            if key == "medical_exam":
                pass
            for it in items:
                text = it["title"]
                who = self._who(it, people)
                if who and who not in text:
                    text = f"{text} · {who}"
                if it.get("date") and it["date"] not in text:
                    text = f"{dates.for_display(it['date'], i18n.current())} · {text}"
                marks = [labels.flag_label(f) for f in it.get("flags", [])]
                if key == "medical_exam" and it.get("lesions"):
                    marks.insert(0, translate("CaseView", "%1 lesions marked")
                                 .replace("%1", str(len(it["lesions"]))))
                late = legal.overdue(it.get("body") or {}, i18n.current()) \
                    if key == "complaint" else []
                if late:  # a deadline the law sets has passed with nothing recorded
                    marks.insert(0, translate("CaseView", "Deadline passed: %1")
                                 .replace("%1", "; ".join(late)))
                if marks:
                    text += "   —   " + ", ".join(marks)
                entry = QtWidgets.QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, it)
                if late or set(it.get("flags", [])) & set(labels.DANGER_FLAGS):
                    entry.setForeground(Qt.GlobalColor.darkRed)
                lst.addItem(entry)
            if key != "npm":
                idx = TABS.index(key) + 1
                self.tabs.setTabText(idx, f"{tab_title(key)} ({len(items)})")
            else:
                self.tabs.setTabText(TABS.index(key) + 1, f"{tab_title(key)} ({len(items)})")
        self.gallery.set_items(data.get("evidence", []))
        self.tabs.setTabText(TABS.index("evidence") + 1,
                             f"{tab_title('evidence')} ({len(data.get('evidence', []))})")
        self.sections.bind(self.tabs)

    @staticmethod
    def _who(it: dict[str, Any], people: list[dict[str, Any]]) -> str:
        """What tells one row from the next: a person's roles in the case; the person a
        detention, interview or examination is about (as the list of people shows them,
        a pseudonym for a protected identity); the place an NPM visit was to."""
        body = it.get("body") or {}
        if it.get("facility"):  # an NPM visit: to which place
            return str(it["facility"])
        if it.get("kind") == "person":
            return ", ".join(labels.vocab_label("role_in_case", r)
                             for r in body.get("roles") or [])
        names = {p["record_id"]: p["title"] for p in people}
        pid = body.get("person_id") or body.get("interviewee_id")
        parts = [names.get(pid, "")] if pid else []
        if it.get("kind") == "interview" and body.get("relation"):
            parts.append(labels.vocab_label("relation", body["relation"]))
        return " · ".join(p for p in parts if p)

    def _preview(self, item: QtWidgets.QListWidgetItem | None,
                 view: QtWidgets.QTextBrowser) -> None:
        it = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not it or not it.get("body"):
            view.clear()
            return
        view.setHtml(f"<p><b>{html.escape(it['title'])}</b></p>"
                     + render_body(it["kind"], it["body"], self.data.get("titles", {})))

    # -- actions ---------------------------------------------------------------

    def preset_for(self, kind: str) -> dict[str, Any]:
        if kind == "person":
            return {"case_ids": [self.case_id]}
        return {"case_id": self.case_id}

    def add(self, kind: str) -> None:
        open_form(self.app, kind, preset=self.preset_for(kind), case_id=self.case_id,
                  on_saved=self._saved, parent=self.window())

    def _saved(self, _rid: str) -> None:
        self.reload()
        self.app.refresh_list()

    def edit_case(self) -> None:
        open_form(self.app, "case", record_id=self.case_id, on_saved=self._saved,
                  parent=self.window())

    def _activated(self, entry: QtWidgets.QListWidgetItem) -> None:
        it = entry.data(Qt.ItemDataRole.UserRole)
        open_form(self.app, it["kind"], record_id=it["record_id"], case_id=self.case_id,
                  on_saved=self._saved, parent=self.window())

    def _open_current(self, lst: QtWidgets.QListWidget) -> None:
        if lst.currentItem() is not None:
            self._activated(lst.currentItem())

    def _history_current(self, lst: QtWidgets.QListWidget) -> None:
        if lst.currentItem() is not None:
            it = lst.currentItem().data(Qt.ItemDataRole.UserRole)
            show_history(self.app, it["record_id"], self)

    def show_custody(self) -> None:
        ids = {self.case_id}
        for items in self.data.get("groups", {}).values():
            for it in items:
                ids.add(it["record_id"])
                for les in it.get("lesions", []) or []:
                    ids.add(les["record_id"])
        for ev in self.data.get("evidence", []):
            ids.add(ev["record_id"])
        s = self.app.session
        self.app.tasks.run(lambda job: q.custody(s, ids), owner=self,
                           on_done=lambda entries: CustodyDialog(entries, self).show())


class HistoryDialog(QtWidgets.QDialog):
    """Every version of a record: who (which device), when, and what it said."""

    def __init__(self, kind: str, versions: list[dict[str, Any]], titles: dict[str, str],
                 parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.versions = versions
        self.titles = titles
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("HistoryDialog", "Version history"))
        self.resize(900, 600)
        lay = QtWidgets.QHBoxLayout(self)
        self.list = QtWidgets.QListWidget()
        for v in versions:
            text = (f"{local_time(v['created_at'], i18n.current())}\n{v['author']} · "
                    f"#{v['clock']} · {v['version_id'][:12]}")
            if v["tombstone"]:
                text += "\n" + translate("HistoryDialog", "Deleted: %1").replace(
                    "%1", v["tombstone"])
            self.list.addItem(text)
        self.list.currentRowChanged.connect(self.show_version)
        lay.addWidget(self.list, 2)
        self.body = QtWidgets.QTextBrowser()
        lay.addWidget(self.body, 3)
        if versions:
            self.list.setCurrentRow(0)

    def show_version(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            v = self.versions[row]
            self.body.setHtml(render_body(self.kind, v["body"], self.titles))


def show_history(app: Any, record_id: str, parent: QtWidgets.QWidget) -> None:
    s = app.session
    if s is None:
        return

    lang = i18n.current()
    app.tasks.run(lambda job: q.history_view(s, record_id, lang), owner=parent,
                  on_done=lambda r: HistoryDialog(r[0], r[1], r[2], parent).show())


class CustodyDialog(QtWidgets.QDialog):
    """The hash-chained audit entries about this case and its records."""

    def __init__(self, entries: list[dict[str, Any]], parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("CustodyDialog", "Custody log"))
        self.resize(900, 520)
        lay = QtWidgets.QVBoxLayout(self)
        note = QtWidgets.QLabel(translate(
            "CustodyDialog", "Every change on this device, in a hash chain: removing or "
            "editing an entry breaks every hash after it."))
        note.setWordWrap(True)
        set_role(note, "muted")
        lay.addWidget(note)
        table = QtWidgets.QTableWidget(len(entries), 4)
        table.setHorizontalHeaderLabels([
            translate("CustodyDialog", "When"), translate("CustodyDialog", "What"),
            translate("CustodyDialog", "Record"), translate("CustodyDialog", "Chain hash")])
        names = {
            "write": translate("CustodyDialog", "Saved a version"),
            "delete": translate("CustodyDialog", "Deleted"),
            "attach": translate("CustodyDialog", "Evidence file sealed"),
            "export_original": translate("CustodyDialog", "Original exported"),
            "reveal": translate("CustodyDialog", "Identity revealed"),
        }
        for i, e in enumerate(entries):
            d = e["detail"]
            what = names.get(e["action"], e["action"])
            kind = d.get("kind")
            if kind:
                what += f" ({labels.kind_label(kind)})"
            cells = [local_time(e["at"], i18n.current()), what, (d.get("record_id") or "")[:13],
                     e["hash"][:16]]
            for j, c in enumerate(cells):
                table.setItem(i, j, QtWidgets.QTableWidgetItem(c))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        lay.addWidget(table, 1)
