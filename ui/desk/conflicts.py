"""Conflicts: a record edited on two (or more) devices before either saw the other's
edit. The versions side by side, field by field; the coordinator picks a value for
each field that differs (or keeps both, for texts and lists); the result is a new
version whose parents are all the conflicting versions, signed by this archive."""

from __future__ import annotations

import html
from typing import Any

from app import present, schema
from app.usecases import conflicts as actions
from app.usecases import masking
from ui import dialogs, i18n, labels
from ui.desk.common import DeskPage, button, value_text, when
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role

LETTERS = "ABCDEFGH"


class ConflictsPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.rows: list[dict[str, Any]] = []
        self.data: dict[str, Any] | None = None
        self.revealed = False
        self.groups: dict[str, QtWidgets.QButtonGroup] = {}
        self.result_labels: dict[str, QtWidgets.QLabel] = {}
        lay = self.skeleton(
            translate("Conflicts", "Conflicts"),
            translate(
                "Conflicts",
                "The same record was changed on two devices, each without the other's change. "
                "Nothing is lost: every version is kept. Choose, field by field, what the "
                "record should say; the result is saved as a new version of both, signed by "
                "this archive.",
            ),
        )
        self.list = QtWidgets.QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._chosen)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        top = QtWidgets.QHBoxLayout()
        self.title = QtWidgets.QLabel()
        set_role(self.title, "subtitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.reveal_button = button(translate("Conflicts", "Reveal identity…"))
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.hide()
        top.addWidget(self.reveal_button)
        rl.addLayout(top)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        rl.addWidget(self.scroll, 1)
        row = QtWidgets.QHBoxLayout()
        self.only_diff = QtWidgets.QCheckBox(
            translate("Conflicts", "Show only the fields that differ")
        )
        self.only_diff.toggled.connect(self._render)
        row.addWidget(self.only_diff)
        row.addStretch(1)
        self.keep_deleted = button(translate("Conflicts", "Keep it &deleted"))
        self.keep_deleted.clicked.connect(self.keep_deletion)
        self.save = button(translate("Conflicts", "&Save the merged version"), primary=True)
        self.save.clicked.connect(self.resolve)
        row.addWidget(self.keep_deleted)
        row.addWidget(self.save)
        rl.addLayout(row)
        rl.addWidget(self.strip)
        rl.addWidget(self.message)
        lay.addWidget(self.splitter(self.list, right, [300, 1000], (2, 7)), 1)
        self._clear()

    def _clear(self) -> None:
        self.data = None
        self.title.setText(
            translate("Conflicts", "No record is in conflict.") if not self.rows else ""
        )
        self.scroll.setWidget(QtWidgets.QWidget())
        self.save.setEnabled(False)
        self.keep_deleted.hide()
        self.reveal_button.hide()

    def refresh(self) -> None:
        s = self.app.session
        if s is None:
            return
        lang = i18n.current()
        self.app.tasks.run(lambda job: actions.conflicts(s, lang=lang), owner=self,
                           on_done=self._listed)

    def _listed(self, rows: list[dict[str, Any]]) -> None:
        keep = self.data["record_id"] if self.data else None
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            item = QtWidgets.QListWidgetItem(
                f"{labels.kind_label(r['kind'])}: {r['title']}\n"
                + translate("Conflicts", "%1 versions · %2")
                .replace("%1", str(r["heads"]))
                .replace("%2", when(r["updated_at"]))
            )
            item.setData(Qt.ItemDataRole.UserRole, r["record_id"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(rows) if r["record_id"] == keep), 0)
        if rows:
            self.list.setCurrentRow(index)
            self._chosen(index)
        else:
            self._clear()

    def _chosen(self, row: int) -> None:
        s = self.app.session
        if not 0 <= row < len(self.rows) or s is None:
            return
        rid = self.rows[row]["record_id"]
        self.revealed = False
        self.message.setText("")
        lang = i18n.current()
        self.app.tasks.run(
            lambda job: actions.conflict(s, rid, lang),
            owner=self,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._render()

    # -- the grid ----------------------------------------------------------------------

    def _fields(self) -> list[schema.Field]:
        assert self.data is not None
        kind = schema.get_kind(self.data["kind"])
        bodies = [h["body"] for h in self.data["heads"]]
        return [f for f in kind.fields if any(f.name in b for b in bodies)]

    def _live(self) -> list[int]:
        assert self.data is not None
        return actions.live(self.data["heads"])

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        kind = data["kind"]
        heads = data["heads"]
        live = self._live()
        relative = bool(data.get("masked_relative"))  # would identify a protected minor
        protected = relative or any(present.is_protected(kind, h["body"]) for h in heads)
        self.reveal_button.setVisible(protected and not self.revealed)
        self.title.setText(f"{labels.kind_label(kind)}: {data['title']}")
        previous = self.choices() if self.groups else {}
        self.groups, self.result_labels = {}, {}
        grid_host = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(grid_host)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._head_label(translate("Conflicts", "Field")), 0, 0)
        for col, h in enumerate(heads, start=1):
            grid.addWidget(self._head_label(self._head_text(col - 1, h)), 0, col)
        both_col = len(heads) + 1
        result_col = len(heads) + 2
        grid.addWidget(self._head_label(translate("Conflicts", "Keep both")), 0, both_col)
        grid.addWidget(self._head_label(translate("Conflicts", "Merged result")), 0, result_col)
        shown = [h["body"] if self.revealed else masking.body(h["body"]) if relative
                 else present.masked(kind, h["body"]) for h in heads]
        row = 1
        for f in self._fields():
            values = [heads[i]["body"].get(f.name) for i in live]
            differs = len({repr(v) for v in values}) > 1
            if self.only_diff.isChecked() and not differs:
                continue
            name = QtWidgets.QLabel(labels.field_label(f))
            name.setWordWrap(True)
            name.setStyleSheet("font-weight: bold;" if differs else "color: #4f5a66;")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            group = QtWidgets.QButtonGroup(grid_host)
            group.setExclusive(True)
            for col, h in enumerate(heads, start=1):
                text = (
                    "—"
                    if h["tombstone"] is not None
                    else value_text(f, shown[col - 1].get(f.name), data["titles"])
                )
                cell = self._cell(text, differs)
                if differs and h["tombstone"] is None:
                    radio = QtWidgets.QRadioButton()
                    radio.setAccessibleName(f"{labels.field_label(f)}: {LETTERS[col - 1]}")
                    group.addButton(radio, col - 1)
                    cell.layout().insertWidget(0, radio, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(cell, row, col)
            if differs and actions.can_combine(f):
                radio = QtWidgets.QRadioButton(translate("Conflicts", "both"))
                group.addButton(radio, len(heads))
                grid.addWidget(radio, row, both_col, Qt.AlignmentFlag.AlignTop)
            if differs:
                self.groups[f.name] = group
                wanted = previous.get(f.name, actions.default_choice(heads))
                index = len(heads) if wanted == actions.BOTH else int(wanted)
                chosen = group.button(index) or group.buttons()[0]
                chosen.setChecked(True)
                group.idToggled.connect(lambda _id, on, n=f.name: on and self._update(n))
                result = QtWidgets.QLabel()
                result.setWordWrap(True)
                result.setStyleSheet("background: #dcebf3; border-radius: 4px; padding: 4px;")
                self.result_labels[f.name] = result
                grid.addWidget(result, row, result_col)
                self._update(f.name)
            else:
                same = self._cell(
                    value_text(f, shown[live[0] if live else 0].get(f.name), data["titles"]), False
                )
                grid.addWidget(same, row, result_col)
            row += 1
        grid.setRowStretch(row, 1)
        for col in range(1, result_col + 1):
            grid.setColumnStretch(col, 0 if col == both_col else 3)
        grid.setColumnStretch(0, 1)
        self.scroll.setWidget(grid_host)
        self.save.setEnabled(len(live) >= 1 and not self.strip.busy)
        self.keep_deleted.setVisible(len(live) < len(heads))

    def _head_label(self, text: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(
            "font-weight: bold; color: #1d5a78; border-bottom: 2px solid"
            " #c9d0d8; padding-bottom: 4px;"
        )
        return label

    def _head_text(self, i: int, h: dict[str, Any]) -> str:
        text = (
            translate("Conflicts", "Version %1 — %2\n%3")
            .replace("%1", LETTERS[i])
            .replace("%2", h["author_name"])
            .replace("%3", when(h["created_at"]))
        )
        if h["provenance"]:
            p = h["provenance"][0]
            if p["device_id"] == h["author"]:
                text += "\n" + translate("Conflicts", "in its bundle #%1").replace(
                    "%1", str(p["seq"] or "?")
                )
            else:
                text += "\n" + translate("Conflicts", "bundle #%1 of “%2”").replace(
                    "%1", str(p["seq"] or "?")
                ).replace("%2", p["device_name"] or "")
        if h["tombstone"] is not None:
            text += "\n" + translate("Conflicts", "Deleted: %1").replace("%1", h["tombstone"])
        return text

    def _cell(self, text: str, differs: bool) -> QtWidgets.QFrame:
        frame = QtWidgets.QFrame()
        lay = QtWidgets.QHBoxLayout(frame)
        lay.setContentsMargins(4, 2, 4, 2)
        label = QtWidgets.QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if differs:
            frame.setStyleSheet("QFrame { background: #fff1d6; border-radius: 4px; }")
        lay.addWidget(label, 1)
        return frame

    def choices(self) -> dict[str, int | str]:
        assert self.data is not None
        n = len(self.data["heads"])
        out: dict[str, int | str] = {}
        for name, group in self.groups.items():
            chosen = group.checkedId()
            out[name] = actions.BOTH if chosen == n else max(chosen, 0)
        return out

    def merged(self) -> dict[str, Any]:
        assert self.data is not None
        return actions.merge(self.data["kind"], self.data["heads"], self.choices())

    def _update(self, name: str) -> None:
        if self.data is None or name not in self.result_labels:
            return
        f = schema.get_kind(self.data["kind"]).field(name)
        value = self.merged().get(name)
        if (
            not self.revealed
            and present.is_protected(self.data["kind"], self.merged())
            and name in present.identifying_fields(self.data["kind"])
        ):
            value = present.MASK if value is not None else None
        self.result_labels[name].setText(value_text(f, value, self.data["titles"]))

    # -- actions ---------------------------------------------------------------------

    def reveal(self) -> None:
        answer = dialogs.ask(
            self,
            translate("Conflicts", "Reveal identity"),
            translate(
                "Conflicts",
                "Show this person's real name and contact details? Make sure nobody else can "
                "see the screen. Revealing is noted in the custody log.",
            ),
            [
                ("reveal", translate("Conflicts", "Reveal")),
                ("cancel", translate("Conflicts", "Cancel")),
            ],
            default="cancel",
        )
        if answer != "reveal" or self.data is None:
            return
        self.revealed = True
        s = self.app.session
        rid = self.data["record_id"]
        self.app.tasks.run(
            lambda job: actions.reveal(s, rid),
            owner=self,
        )
        self._render()

    def resolve(self) -> None:
        s = self.app.session
        if self.data is None or s is None:
            return
        rid = self.data["record_id"]
        heads = [h["version_id"] for h in self.data["heads"]]
        body = self.merged()
        job = self.app.tasks.run(
            lambda job: actions.resolve(s, rid, heads, body=body),
            owner=self,
            on_done=self._resolved,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Conflicts", "Signing the merged version…"))
        self.save.setEnabled(False)

    def keep_deletion(self) -> None:
        s = self.app.session
        if self.data is None or s is None:
            return
        reasons = [h["tombstone"] for h in self.data["heads"] if h["tombstone"] is not None]
        rid = self.data["record_id"]
        heads = [h["version_id"] for h in self.data["heads"]]
        reason = translate(
            "Conflicts", "Conflict resolved by the coordinator: deleted (%1)"
        ).replace("%1", "; ".join(reasons))
        job = self.app.tasks.run(
            lambda job: actions.resolve(s, rid, heads, delete_reason=reason),
            owner=self,
            on_done=self._resolved,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Conflicts", "Signing the merged version…"))

    def _resolved(self, version: Any) -> None:
        self.strip.finish()
        n = len(version.parents)
        self.say(
            translate(
                "Conflicts",
                "Resolved: version %1 is signed by this archive and has the "
                "%2 conflicting versions as its parents.",
            )
            .replace("%1", version.version_id[:12])
            .replace("%2", str(n))
        )
        self.data = None
        self.refresh()
        self.window_.changed()

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self.save.setEnabled(self.data is not None)
        self.say(html.unescape(dialogs.error_text(exc)), "error")
