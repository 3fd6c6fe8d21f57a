"""One generic, keyboard-friendly form for every record kind, built from app.schema.

Each field type has an editor; a form is a list of rows (label, editor, help, error).
Values are collected raw and validated by the core (app.schema.validate) on the worker;
its messages are shown under the fields they name. What is typed is saved as an
encrypted draft after every pause (app.drafts), so a crash or a lock loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from app import dates, present, schema
from app.usecases import field_views, prefs
from app.usecases import records as records_uc
from storage.errors import ValidationError
from ui import dialogs, i18n, labels
from ui.field.reasons import delete_record
from ui.qt import QDate, QEvent, QObject, Qt, QtGui, QTimer, QtWidgets, Signal, translate
from ui.style import repolish, set_role
from ui.tasks import Job

BIG_TEXT = {"account", "narrative", "allegations", "physical_findings", "summary",
            "psychological_evaluation", "interpretation", "conclusions", "findings",
            "symptoms", "obstruction"}
DRAFT_DELAY_MS = 800
Choices = dict[str, list[tuple[str, str, list[str]]]]


# ---------------------------------------------------------------------------------------
# Editors: one per field type. Each exposes widget, value(), set_value(), changed.


class Editor(QObject):
    changed = Signal()

    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__()
        self.field = field
        self.path = path
        self.widget: QtWidgets.QWidget = QtWidgets.QWidget()
        self.companions: list[QtWidgets.QWidget] = []  # shown beside the editor

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QtWidgets.QWidget:
        return self.widget

    def editors(self) -> list[Editor]:
        return [self]

    def mark(self, invalid: bool) -> None:
        w = self.focus_widget()
        w.setProperty("invalid", invalid)
        repolish(w)


class LineEditor(Editor):
    def __init__(self, field: schema.Field, path: str, placeholder: str = "") -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QLineEdit()
        if placeholder:
            self.widget.setPlaceholderText(placeholder)
        if field.max_len and field.type == "str":
            self.widget.setMaxLength(field.max_len)
        self.widget.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class DateEditor(LineEditor):
    """A date as people write it ("16.03.2024", "03.2024", "2024", or ISO), with a
    calendar on the field's right edge; app.dates turns it into the stored form."""

    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path, translate("forms", "DD.MM.YYYY (or MM.YYYY, YYYY)"))
        self.widget.setMaximumWidth(260)
        self.calendar_action = self.widget.addAction(
            calendar_icon(), QtWidgets.QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(translate("forms", "Choose on a calendar"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.popup: QtWidgets.QCalendarWidget | None = None

    def value(self) -> Any:
        return dates.to_iso(self.widget.text())

    def set_value(self, value: Any) -> None:
        self.widget.setText(dates.for_display(str(value), i18n.current()) if value else "")

    def open_calendar(self) -> None:
        """A month calendar under the field; choosing a day fills it in."""
        cal = QtWidgets.QCalendarWidget(self.widget)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cal.setGridVisible(True)
        cal.setVerticalHeaderFormat(
            QtWidgets.QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        cal.setMaximumDate(QDate.currentDate())
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(self.value() or ""))
        if m:
            cal.setSelectedDate(QDate(int(m[1]), int(m[2] or 1), int(m[3] or 1)))
        cal.clicked.connect(lambda d: self._chosen(cal, d))
        cal.activated.connect(lambda d: self._chosen(cal, d))
        # Placed again whenever its size changes: it grows once shown and polished (the
        # fonts at 125 % make it taller), and must then still fit under or over the field.
        cal.installEventFilter(_Placer(cal, lambda: self._place(cal)))
        cal.show()
        cal.adjustSize()
        self._place(cal)
        cal.setFocus()
        self.popup = cal

    def _place(self, cal: QtWidgets.QCalendarWidget) -> None:
        """Under the field, or above it when the screen ends first; always on the screen."""
        below = self.widget.mapToGlobal(self.widget.rect().bottomLeft())
        screen = self.widget.screen().availableGeometry()
        size = cal.frameGeometry().size().expandedTo(cal.sizeHint())
        w, h = size.width(), size.height()
        x = min(below.x(), screen.x() + screen.width() - w)
        y = below.y() if below.y() + h <= screen.y() + screen.height() \
            else self.widget.mapToGlobal(self.widget.rect().topLeft()).y() - h
        cal.move(max(screen.left(), x), max(screen.top(), y))

    def _chosen(self, cal: QtWidgets.QCalendarWidget, day: QDate) -> None:
        self.set_value(day.toString("yyyy-MM-dd"))
        cal.close()
        self.widget.setFocus()


class DateTimeEditor(LineEditor):
    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path, translate("forms", "DD.MM.YYYY HH:MM"))
        self.widget.setMaximumWidth(260)

    def value(self) -> Any:
        return dates.datetime_to_iso(self.widget.text())

    def set_value(self, value: Any) -> None:
        self.widget.setText(dates.datetime_for_display(str(value), i18n.current())
                            if value else "")


class _Placer(QObject):
    """Calls `place` each time the watched popup is shown or resized."""

    def __init__(self, parent: QtWidgets.QWidget, place: Any) -> None:
        super().__init__(parent)
        self.place = place

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False


def calendar_icon() -> QtGui.QIcon:
    """A small calendar page, drawn (Qt's standard icons have none)."""
    pix = QtGui.QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    p = QtGui.QPainter(pix)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    ink = QtGui.QColor("#3d4a5c")
    p.setPen(QtGui.QPen(ink, 2.4))
    p.setBrush(QtGui.QColor("#ffffff"))
    p.drawRoundedRect(4, 6, 24, 22, 3, 3)
    p.fillRect(5, 7, 23, 6, ink)
    p.drawLine(10, 3, 10, 9)
    p.drawLine(22, 3, 22, 9)
    for row in range(2):
        for col in range(3):
            p.fillRect(8 + col * 6, 16 + row * 6, 4, 3, ink)
    p.end()
    return QtGui.QIcon(pix)


class IntEditor(LineEditor):
    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path)
        self.widget.setMaximumWidth(160)

    def value(self) -> Any:
        text = self.widget.text().strip().replace(" ", "")
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return text  # the core says "must be a whole number", at the field


class TextEditor(Editor):
    def __init__(self, field: schema.Field, path: str, lines: int = 4) -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        big = field.name in BIG_TEXT
        metrics = self.widget.fontMetrics()
        self.widget.setFixedHeight(metrics.lineSpacing() * (14 if big else lines) + 16)
        self.widget.textChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))


class StrsEditor(TextEditor):
    """A list of short strings: one per line."""

    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path, lines=3)
        self.widget.setPlaceholderText(translate("forms", "One per line"))

    def value(self) -> Any:
        return [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("\n".join(value or []))


class BoolEditor(Editor):
    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QCheckBox(labels.field_label(field))
        self.widget.toggled.connect(self.changed)
        self._had_false = False

    def value(self) -> Any:
        if self.widget.isChecked():
            return True
        return False if self._had_false else None

    def set_value(self, value: Any) -> None:
        self._had_false = value is False
        self.widget.setChecked(bool(value))


class ComboEditor(Editor):
    def __init__(self, field: schema.Field, path: str, items: list[tuple[str, str]]) -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QComboBox()
        self.widget.addItem("—", "")
        for code, text in items:
            self.widget.addItem(text, code)
        self.widget.setMinimumContentsLength(12)
        self.widget.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.widget.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                                  QtWidgets.QSizePolicy.Policy.Fixed)
        if field.type == "enum":
            self.widget.setMaximumWidth(440)
        self.widget.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.widget.currentData() or None

    def set_value(self, value: Any) -> None:
        i = self.widget.findData(value or "")
        if i < 0 and value:  # an id or code we do not list: keep it, do not lose it
            self.widget.addItem(str(value), value)
            i = self.widget.count() - 1
        self.widget.setCurrentIndex(max(i, 0))


class CheckListEditor(Editor):
    """Several codes or record ids: a list of check boxes (Space toggles)."""

    def __init__(self, field: schema.Field, path: str, items: list[tuple[str, str]]) -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QListWidget()
        for code, text in items:
            item = QtWidgets.QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)
        rows = min(max(len(items), 2), 7)
        self.widget.setMinimumHeight(self.widget.fontMetrics().lineSpacing() * rows + 24)
        self.widget.setMaximumHeight(self.widget.fontMetrics().lineSpacing() * 9 + 24)
        self.widget.itemChanged.connect(self.changed)
        if not items:
            self.widget.addItem(translate("forms", "(nothing to choose from yet)"))
            self.widget.setEnabled(False)

    def value(self) -> Any:
        out = []
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_value(self, value: Any) -> None:
        wanted = list(value or [])
        known = set()
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            known.add(code)
            if code is not None:
                item.setCheckState(Qt.CheckState.Checked if code in wanted
                                   else Qt.CheckState.Unchecked)
        for code in wanted:
            if code not in known:
                self.widget.setEnabled(True)
                item = QtWidgets.QListWidgetItem(str(code))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.widget.addItem(item)


class ObjectEditor(Editor):
    def __init__(self, field: schema.Field, path: str, ctx: FormContext) -> None:
        super().__init__(field, path)
        self.widget = QtWidgets.QGroupBox(labels.field_label(field))
        self.form = FieldsForm(field.fields, ctx, prefix=path)
        inner = QtWidgets.QVBoxLayout(self.widget)
        inner.addWidget(self.form)
        self.form.changed.connect(self.changed)

    def value(self) -> Any:
        return self.form.values()

    def set_value(self, value: Any) -> None:
        self.form.set_values(value or {})

    def focus_widget(self) -> QtWidgets.QWidget:
        return self.widget

    def editors(self) -> list[Editor]:
        return [self, *self.form.all_editors()]


class ObjectsEditor(Editor):
    """A repeated group (recommendations, private interviews): rows added with a button."""

    def __init__(self, field: schema.Field, path: str, ctx: FormContext) -> None:
        super().__init__(field, path)
        self.ctx = ctx
        self.widget = QtWidgets.QWidget()
        self.box = QtWidgets.QVBoxLayout(self.widget)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QtWidgets.QGroupBox, FieldsForm]] = []
        self.add_button = QtWidgets.QPushButton(translate("forms", "Add: %1").replace(
            "%1", labels.field_label(field)))
        self.add_button.clicked.connect(self.add_row)
        self.box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, value: dict[str, Any] | None = None) -> FieldsForm:
        n = len(self.rows)
        box = QtWidgets.QGroupBox(f"{labels.field_label(self.field)} — {n + 1}")
        form = FieldsForm(self.field.fields, self.ctx, prefix=f"{self.path}[{n}]")
        lay = QtWidgets.QVBoxLayout(box)
        lay.addWidget(form)
        remove = QtWidgets.QPushButton(translate("forms", "Remove"))
        remove.setProperty("danger", True)
        remove.clicked.connect(lambda: self._remove(box))
        lay.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.box.insertWidget(self.box.count() - 1, box)
        self.rows.append((box, form))
        if isinstance(value, dict):
            form.set_values(value)
        form.changed.connect(self.changed)
        self.changed.emit()
        if value is None or value is False:
            first = form.all_editors()
            if first:
                first[0].focus_widget().setFocus()
        return form

    def _remove(self, box: QtWidgets.QGroupBox) -> None:
        values = [f.values() for b, f in self.rows if b is not box]
        self.set_value(values)
        self.changed.emit()

    def value(self) -> Any:
        return [form.values() for _b, form in self.rows]

    def set_value(self, value: Any) -> None:
        for box, _f in self.rows:
            box.setParent(None)
            box.deleteLater()
        self.rows = []
        for item in value or []:
            self.add_row(item)

    def editors(self) -> list[Editor]:
        out: list[Editor] = [self]
        for _b, form in self.rows:
            out += form.all_editors()
        return out


class ChecklistEditor(Editor):
    """NPM conditions and safeguards: every checklist item listed, rated in place."""

    def __init__(self, field: schema.Field, path: str) -> None:
        super().__init__(field, path)
        from app import vocab

        self.widget = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        item_field, rating_field, _note = field.fields
        checklist = vocab.load(item_field.vocab or "npm_checklist")
        ratings = labels.vocab_items(rating_field.vocab or "checklist_rating")
        self.rows: dict[str, tuple[QtWidgets.QComboBox, QtWidgets.QLineEdit]] = {}
        row = 0
        group = None
        for code in checklist.codes:
            meta = checklist.item(code) or {}
            if meta.get("group") and meta.get("group") != group:
                group = meta.get("group")
                head = QtWidgets.QLabel({
                    "conditions": translate("forms", "Conditions"),
                    "safeguards": translate("forms", "Safeguards"),
                }.get(group or "", group or ""))
                set_role(head, "subtitle")
                grid.addWidget(head, row, 0, 1, 3)
                row += 1
            label = QtWidgets.QLabel(labels.vocab_label(checklist.name, code))
            label.setWordWrap(True)
            combo = QtWidgets.QComboBox()
            combo.setMaximumWidth(240)
            combo.addItem("—", "")
            for rc, rt in ratings:
                combo.addItem(rt, rc)
            note = QtWidgets.QLineEdit()
            note.setPlaceholderText(translate("forms", "Note"))
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            combo.currentIndexChanged.connect(self.changed)
            note.textChanged.connect(self.changed)
            self.rows[code] = (combo, note)
            row += 1
        # The note is where a monitor writes what was seen: it gets the room.
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)

    def value(self) -> Any:
        out = []
        for code, (combo, note) in self.rows.items():
            if combo.currentData() or note.text().strip():
                out.append({"item": code, "rating": combo.currentData() or None,
                            "note": note.text()})
        return out

    def set_value(self, value: Any) -> None:
        for combo, note in self.rows.values():
            combo.setCurrentIndex(0)
            note.clear()
        for entry in value or []:
            if isinstance(entry, dict) and entry.get("item") in self.rows:
                combo, note = self.rows[entry["item"]]
                combo.setCurrentIndex(max(combo.findData(entry.get("rating") or ""), 0))
                note.setText(entry.get("note") or "")

    def focus_widget(self) -> QtWidgets.QWidget:
        first = next(iter(self.rows.values()), None)
        return first[0] if first else self.widget


# ---------------------------------------------------------------------------------------
# A form: rows of editors for a list of fields.


class FormContext:
    """What a form needs beyond the schema: choices for references, the kind, whether
    a protected identity has been revealed."""

    def __init__(self, kind: str, choices: Choices, *, revealed: bool = True) -> None:
        self.kind = kind
        self.choices = choices
        self.revealed = revealed
        # Set by the dialog: create a record of a kind, then call back (id, title).
        self.create: Callable[[str, Callable[[str, str], None]], None] | None = None


def make_editor(field: schema.Field, path: str, ctx: FormContext) -> Editor:
    t = field.type
    if t == "str":
        return LineEditor(field, path)
    if t == "text":
        return TextEditor(field, path)
    if t == "date":
        return DateEditor(field, path)
    if t == "datetime":
        return DateTimeEditor(field, path)
    if t == "int":
        return IntEditor(field, path)
    if t == "bool":
        return BoolEditor(field, path)
    if t == "enum":
        return ComboEditor(field, path, labels.vocab_items(field.vocab or ""))
    if t == "enums":
        return CheckListEditor(field, path, labels.vocab_items(field.vocab or ""))
    if t in ("ref", "refs"):
        items = [(rid, _choice_text(title, flags))
                 for rid, title, flags in ctx.choices.get(field.ref_kind or "any", [])]
        ed: Editor = ComboEditor(field, path, items) if t == "ref" \
            else CheckListEditor(field, path, items)
        if field.ref_kind in CREATABLE:
            add_creator(ed, field.ref_kind, ctx)
        return ed
    if t == "strs":
        return StrsEditor(field, path)
    if t == "object":
        return ObjectEditor(field, path, ctx)
    if t == "objects":
        if ctx.kind == "npm_visit" and field.name == "checklist":
            return ChecklistEditor(field, path)
        return ObjectsEditor(field, path, ctx)
    raise ValueError(f"no editor for field type {t}")


# What a form may need that does not exist yet, made from inside it: the facility a
# visit or a detention was in, the person an interview or an examination is about.
CREATABLE = ("facility", "person")


def add_creator(ed: Editor, kind: str, ctx: FormContext) -> None:
    button = QtWidgets.QPushButton(translate("forms", "New…"))
    button.setToolTip(translate("forms", "Create it here: %1").replace(
        "%1", labels.kind_label(kind)))
    button.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed,
                         QtWidgets.QSizePolicy.Policy.Fixed)

    def made(record_id: str, title: str) -> None:
        if isinstance(ed, ComboEditor):
            ed.widget.addItem(title, record_id)
            ed.widget.setCurrentIndex(ed.widget.count() - 1)
        elif isinstance(ed, CheckListEditor):
            ed.set_value([*ed.value(), record_id])
            item = ed.widget.item(ed.widget.count() - 1)
            if item.data(Qt.ItemDataRole.UserRole) == record_id:
                item.setText(title)
        ed.changed.emit()

    button.clicked.connect(lambda: ctx.create(kind, made) if ctx.create else None)
    ed.companions.append(button)


def _choice_text(title: str, flags: list[str]) -> str:
    marks = [labels.flag_label(f) for f in flags if f in labels.DANGER_FLAGS]
    return f"{title}  [{', '.join(marks)}]" if marks else title


class FieldsForm(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, fields: tuple[schema.Field, ...], ctx: FormContext, *,
                 prefix: str = "", hidden: set[str] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.fields = fields
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.rows: dict[str, list[QtWidgets.QWidget]] = {}
        layout = QtWidgets.QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(6)
        layout.setHorizontalSpacing(14)
        layout.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.DontWrapRows)
        # Every field cell takes the row's width: a help line under a tick box was
        # squeezed to the tick box's width and cut.
        layout.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for f in fields:
            path = f"{prefix}.{f.name}" if prefix else f.name
            editor = make_editor(f, path, ctx)
            self.editors[f.name] = editor
            editor.changed.connect(self.changed)
            cell = QtWidgets.QWidget()
            col = QtWidgets.QVBoxLayout(cell)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            if editor.companions:
                line = QtWidgets.QHBoxLayout()
                line.setSpacing(6)
                line.addWidget(editor.widget, 1)
                for extra in editor.companions:
                    line.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
                col.addLayout(line)
            else:
                col.addWidget(editor.widget)
            help_text = labels.field_help(f)
            if help_text:
                hl = QtWidgets.QLabel(help_text)
                hl.setWordWrap(True)
                set_role(hl, "help")
                col.addWidget(hl)
            err = QtWidgets.QLabel()
            err.setWordWrap(True)
            set_role(err, "error")
            err.hide()
            col.addWidget(err)
            self.errors[path] = err
            if f.type == "bool" or f.type in ("object",) or (
                    f.type == "objects" and not isinstance(editor, ChecklistEditor)):
                label = QtWidgets.QLabel("")
                layout.addRow(label, cell)
            else:
                text = labels.field_label(f) + (" *" if f.required else "")
                label = QtWidgets.QLabel(text)
                label.setWordWrap(True)
                label.setBuddy(editor.focus_widget())
                if f.type == "objects":  # a heading across the form: no column width
                    label.setMinimumWidth(0)
                    label.setMaximumWidth(16777215)
                    set_role(label, "subtitle")
                    layout.addRow(label)
                    layout.addRow(cell)
                else:
                    label.setFixedWidth(190 if not prefix else 150)
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    layout.addRow(label, cell)
            self.rows[f.name] = [label, cell]
            if hidden and f.name in hidden:
                label.hide()
                cell.hide()

    def values(self) -> dict[str, Any]:
        return {name: ed.value() for name, ed in self.editors.items()}

    def set_values(self, body: dict[str, Any]) -> None:
        for name, ed in self.editors.items():
            if name in body:
                ed.set_value(body[name])

    def all_editors(self) -> list[Editor]:
        out: list[Editor] = []
        for ed in self.editors.values():
            out += ed.editors()
        return out

    def show_row(self, name: str, visible: bool) -> None:
        for w in self.rows.get(name, []):
            w.setVisible(visible)


def set_error(form: FieldsForm, path: str, message: str | None) -> bool:
    """Show `message` under the editor for `path` (or its nearest parent). True if shown."""
    forms = [form]
    for ed in form.all_editors():
        if isinstance(ed, ObjectEditor):
            forms.append(ed.form)
        if isinstance(ed, ObjectsEditor):
            forms += [f for _b, f in ed.rows]
    candidates = [path]
    p = path
    while True:
        cut = max(p.rfind("."), p.rfind("["))
        if cut <= 0:
            break
        p = p[:cut]
        candidates.append(p)
    for cand in candidates:
        for f in forms:
            label = f.errors.get(cand)
            if label is not None:
                label.setText(message or "")
                label.setVisible(bool(message))
                return True
    return False


def clear_errors(form: FieldsForm) -> None:
    for ed in form.all_editors():
        ed.mark(False)
        if isinstance(ed, ObjectEditor):
            clear_errors(ed.form)
        if isinstance(ed, ObjectsEditor):
            for _b, f in ed.rows:
                clear_errors(f)
    for label in form.errors.values():
        label.hide()


def editor_for(form: FieldsForm, path: str) -> Editor | None:
    for ed in form.all_editors():
        if ed.path == path:
            return ed
    return None


# ---------------------------------------------------------------------------------------
# The dialog around a form: header, flags, scroll area, draft saving, save.


class FormDialog(QtWidgets.QDialog):
    """Add or edit one record. Non-modal, so a lock can close it (its draft is kept)."""

    saved = Signal(str)  # record id

    def __init__(self, app: Any, kind: str, *, record: dict[str, Any] | None = None,
                 preset: dict[str, Any] | None = None, choices: Choices | None = None,
                 draft: prefs.Draft | None = None, parent: QtWidgets.QWidget | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.kind = kind
        self.record = record
        self.record_id: str | None = record["record_id"] if record else None
        self.extra = extra or {}
        self.draft_id = draft.draft_id if draft else prefs.new_draft_id()
        self.preset = dict(preset or {})
        self._dirty = False
        self._closing = False
        self.setWindowTitle(self._title())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 760)
        body = dict(record["body"]) if record else dict(self.preset)
        # A relative who would identify a protected minor is hidden the same way.
        self.protected = present.is_protected(kind, body) or bool(
            record and record.get("masked_relative"))
        hidden = self._identifying() if self.protected else set()
        self.ctx = FormContext(kind, choices or {}, revealed=not self.protected)
        self.ctx.create = self.create_needed

        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 12)
        outer.setSpacing(8)
        head = QtWidgets.QLabel(self._title())
        head.setWordWrap(True)  # a long record title must not widen the window
        set_role(head, "title")
        outer.addWidget(head)
        self.banner = QtWidgets.QLabel()
        self.banner.setWordWrap(True)
        set_role(self.banner, "calm")
        self.banner.hide()
        outer.addWidget(self.banner)
        self.warning = QtWidgets.QLabel()  # a breach the record shows, not an error
        self.warning.setWordWrap(True)
        set_role(self.warning, "calm")
        self.warning.hide()
        outer.addWidget(self.warning)
        if self.protected:
            row = QtWidgets.QHBoxLayout()
            note = QtWidgets.QLabel(translate(
                "FormDialog", "Relative of a protected minor: their name, other names, date "
                "of birth and contact details would identify the child, and are hidden.")
                if record and record.get("masked_relative") else translate(
                "FormDialog", "Protected identity: the real name, other names, date of "
                "birth and contact details are hidden."))
            note.setWordWrap(True)
            set_role(note, "badge-warn")
            self.reveal_button = QtWidgets.QPushButton(translate("FormDialog",
                                                                 "Reveal identity…"))
            self.reveal_button.clicked.connect(self.reveal)
            row.addWidget(note, 1)
            row.addWidget(self.reveal_button)
            outer.addLayout(row)

        self.form = FieldsForm(schema.KINDS[kind].fields, self.ctx, hidden=hidden)
        self.hidden = hidden
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        holder = QtWidgets.QWidget()
        hl = QtWidgets.QVBoxLayout(holder)
        hl.setContentsMargins(4, 4, 12, 4)
        hl.addWidget(self.form)
        hl.addStretch(1)
        self.scroll.setWidget(holder)
        self.body_area = QtWidgets.QVBoxLayout()
        self.body_area.addWidget(self.scroll)
        outer.addLayout(self.body_area, 1)

        foot = QtWidgets.QHBoxLayout()
        self.status = QtWidgets.QLabel()
        set_role(self.status, "muted")
        foot.addWidget(self.status, 1)
        self.delete_button: QtWidgets.QPushButton | None = None
        if record is not None:
            self.delete_button = QtWidgets.QPushButton(translate("FormDialog", "Delete…"))
            self.delete_button.clicked.connect(self.delete)
            foot.addWidget(self.delete_button)
        if kind == "person" and self.record_id:
            # Consent (issue 10): the person's answers by purpose, one record per person.
            self.consent_button = QtWidgets.QPushButton(translate("FormDialog", "C&onsent…"))
            self.consent_button.clicked.connect(self.open_consent)
            foot.addWidget(self.consent_button)
        self.cancel_button = QtWidgets.QPushButton(translate("FormDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QtWidgets.QPushButton(translate("FormDialog", "&Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(translate("FormDialog", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        foot.addWidget(self.cancel_button)
        foot.addWidget(self.save_button)
        outer.addLayout(foot)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Save, self, self.save)

        self.form.set_values(body)
        if draft is not None:
            self.form.set_values(draft.body.get("values", {}))
            self.status.setText(translate("FormDialog", "Restored from the draft saved %1.")
                                .replace("%1", _short_time(draft.updated_at)))
            self._dirty = True
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.form.changed.connect(self._changed)
        if kind == "npm_visit" and record is None and "facility_id" in self.form.editors:
            self.form.editors["facility_id"].changed.connect(self._facility_chosen)
        if kind == "detention":
            for name in ("hours_before_registration", "person_id"):
                if name in self.form.editors:
                    self.form.editors[name].changed.connect(self._check_detention)
            self._check_detention()
        app.register_form(self)
        first = self.form.all_editors()
        if first:
            first[0].focus_widget().setFocus()

    # -- helpers ---------------------------------------------------------------

    def _title(self) -> str:
        label = labels.kind_label(self.kind)
        if self.record:
            title = self.record.get("title", "")
            if title.startswith(label.split(" (")[0]):  # "Medical examination · …"
                return title
            return f"{label}: {title}"
        return translate("FormDialog", "New: %1").replace("%1", label)

    def open_consent(self) -> None:
        from app.usecases import consent

        s, pid = self.app.session, self.record_id
        if s is None or pid is None:
            return

        def found(rid: str | None) -> None:
            self.app.open_form("consent", record_id=rid, preset={"person_id": pid},
                               parent=self)

        self.app.tasks.run(lambda job: consent.consent_record_id(s, pid), owner=self,
                           on_done=found)

    def create_needed(self, kind: str, made: Callable[[str, str], None]) -> None:
        """A facility or person this record needs, created in its own form on top of
        this one; once saved it is chosen here."""
        case_id = self.form.values().get("case_id") or self.preset.get("case_id")
        preset: dict[str, Any] = {}
        if kind == "person" and case_id:
            preset = {"case_ids": [case_id]}

        def saved(record_id: str) -> None:
            s = self.app.session
            if s is None:
                return
            lang = i18n.current()
            self.app.tasks.run(lambda job: field_views.titles(s, [record_id], lang), owner=self,
                               on_done=lambda t: made(record_id, t.get(record_id, "")))

        self.app.open_form(kind, preset=preset, case_id=case_id, on_saved=saved, parent=self)

    def _identifying(self) -> set[str]:
        return set(present.identifying_fields(self.kind))

    def reveal(self) -> None:
        answer = dialogs.ask(self, translate("FormDialog", "Reveal identity"), translate(
            "FormDialog", "Show this person's real name and contact details? Make sure nobody "
            "else can see the screen. Revealing is noted in the custody log."),
            [("reveal", translate("FormDialog", "Reveal")),
             ("cancel", translate("FormDialog", "Cancel"))], default="cancel")
        if answer != "reveal":
            return
        for name in self.hidden:
            self.form.show_row(name, True)
        self.ctx.revealed = True
        self.reveal_button.setEnabled(False)
        rid = self.record_id
        if rid:
            s = self.app.session
            self.app.tasks.run(lambda job: records_uc.reveal(s, rid),
                               owner=self)

    def _facility_chosen(self) -> None:
        """A new NPM visit: bring the previous visit's recommendations forward."""
        fid = self.form.editors["facility_id"].value()
        if not fid or self.form.values().get("recommendations") or self.app.session is None:
            return
        s = self.app.session
        lang = i18n.current()
        self.app.tasks.run(lambda job: field_views.carried_over(s, fid, lang), owner=self,
                           on_done=self._carry)

    def _carry(self, carried: tuple[dict[str, Any], str] | None) -> None:
        if not carried or self.form.values().get("recommendations"):
            return
        values, title = carried
        self.form.set_values(values)
        self.banner.setText(translate(
            "FormDialog", "Recommendations and their follow-up status were carried over "
            "from the previous visit (%1). Update each one's status.")
            .replace("%1", title))
        self.banner.show()

    def _check_detention(self) -> None:
        """Say so when the hours held before registration break the legal limit."""
        from app.detention import registration_overdue

        values = self.form.values()
        flags = {rid: f for rid, _t, f in self.ctx.choices.get("person", [])}
        minor = "minor" in flags.get(values.get("person_id") or "", [])
        limit = registration_overdue(values.get("hours_before_registration"), minor=minor)
        if limit is None:
            self.warning.hide()
            return
        self.warning.setText(
            translate("FormDialog", "Held longer than the law allows before registration: "
                      "the limit for a minor is %1 hours.") if minor else
            translate("FormDialog", "Held longer than the law allows before registration: "
                      "the limit for an adult is %1 hours."))
        self.warning.setText(self.warning.text().replace("%1", str(limit)))
        self.warning.show()

    def _changed(self) -> None:
        self._dirty = True
        self.draft_timer.start()

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def body(self) -> dict[str, Any]:
        """The body to validate: typed values, blanks dropped by the core."""
        return _strip_blank(self.values())

    # -- drafts ----------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        return {"values": self.values(), "preset": self.preset, "extra": self.extra}

    def save_draft(self) -> None:
        if not self._dirty or self.app.session is None:
            return
        s, did, kind, rid, payload = (self.app.session, self.draft_id, self.kind,
                                      self.record_id, self.draft_payload())
        self.app.tasks.run(lambda job: prefs.keep_draft(s, did, kind, rid, payload),
                           owner=self, on_done=self._draft_saved,
                           on_error=lambda exc: None)

    def _draft_saved(self, _result: Any) -> None:
        from datetime import datetime

        self.status.setText(translate("FormDialog", "Draft kept (encrypted) at %1.")
                            .replace("%1", datetime.now().strftime("%H:%M:%S")))

    def flush_draft(self) -> None:
        """Called when locking: keep what was typed, whatever the timer says."""
        self.draft_timer.stop()
        self.save_draft()

    # -- save / cancel ---------------------------------------------------------

    def save(self, *, close: bool = True) -> None:
        if self.app.session is None:
            return
        body = self.body()
        clear_errors(self.form)
        s, kind, rid, did = self.app.session, self.kind, self.record_id, self.draft_id
        self.save_button.setEnabled(False)
        self.draft_timer.stop()

        def work(job: Job) -> str:
            return records_uc.save(s, kind, body, record_id=rid, draft_id=did).record_id

        self.app.tasks.run(work, owner=self, on_done=lambda r: self._saved(r, close),
                           on_error=self._save_failed)

    def delete(self) -> Any:
        """Ask why, then delete the record (a signed tombstone; history kept)."""
        self.draft_timer.stop()
        return delete_record(self.app, self, self._deleted)

    def _deleted(self, record_id: str) -> None:
        self._dirty = False
        self.saved.emit(record_id)  # the lists and the case view refresh
        self._closing = True
        self.hide()  # first: QDialog's own close would route through reject()
        self.close()

    def _saved(self, record_id: str, close: bool) -> None:
        self.record_id = record_id
        self._dirty = False
        self.save_button.setEnabled(True)
        self.status.setText(translate("FormDialog", "Saved."))
        self.saved.emit(record_id)
        if close:
            self._finish()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            dialogs.show_error(self, exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QtWidgets.QWidget | None = None
        unplaced = []
        for path, message in sorted(errors.items()):
            text = labels.error_message(self.kind, message)
            if not set_error(self.form, path, text):
                unplaced.append(text)
            ed = editor_for(self.form, path) or editor_for(self.form, path.split("[")[0])
            if ed is not None:
                ed.mark(True)
                if first is None:
                    first = ed.focus_widget()
            if path.split(".")[0].split("[")[0] in self.hidden and not self.ctx.revealed:
                unplaced.append(text)
        self.banner.setText(translate("FormDialog", "Some fields need attention: they are "
                                      "marked below.") + ("\n" + "\n".join(unplaced)
                                                          if unplaced else ""))
        self.banner.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus()

    def _may_leave(self) -> bool:
        """Ask once if typed work would be lost; Discard deletes its draft for good."""
        if not self._dirty:
            return True
        answer = dialogs.ask(self, translate("FormDialog", "Discard changes?"), translate(
            "FormDialog", "What you typed in this form has not been saved as a record. "
            "Discard it?"), [("discard", translate("FormDialog", "Discard")),
                             ("keep", translate("FormDialog", "Keep editing"))],
            default="keep")
        if answer != "discard":
            return False
        self.draft_timer.stop()
        self._dirty = False
        s, did = self.app.session, self.draft_id
        if s is not None:  # queued after any draft save already on the worker
            self.app.tasks.run(lambda job: prefs.discard_draft(s, did))
        return True

    def _finish(self) -> None:
        """Leave the window for good (saved, cancelled or discarded)."""
        self._closing = True
        self.draft_timer.stop()
        self.app.unregister_form(self)
        self.close()

    def cancel(self) -> None:  # the Cancel button
        if self._may_leave():
            self._finish()

    def reject(self) -> None:  # Esc
        self.cancel()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """× on the title bar, and every close from code. QDialog's own closeEvent would
        call reject() from inside close(), where a second close() is ignored: that is
        why forms used to stay open after Save and Cancel. So it is never called."""
        if not (self._closing or self.app.locking or self.app.quitting):
            if not self._may_leave():
                event.ignore()
                return
            self._closing = True
        self.draft_timer.stop()
        self.app.unregister_form(self)
        event.accept()


def _strip_blank(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_blank(v) for k, v in value.items()
                if v is not None and v != "" and v != [] and v != {}}
    if isinstance(value, list):
        return [_strip_blank(v) for v in value]
    return value


def _short_time(iso: str) -> str:
    return dates.local_time(iso, i18n.current())
