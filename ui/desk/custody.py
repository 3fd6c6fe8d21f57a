"""Chain of custody of a record or an evidence file: where it was captured (device,
time, SHA-256 of the original), which bundle sealed it, when this archive imported it,
what was decided here (conflict resolutions, links), and where it went (bundles,
exported originals, PDF reports and CSV files). From the versions, their provenance
and the hash-chained audit log."""

from __future__ import annotations

import html
from typing import Any

from app.usecases import custody as actions
from ui import dialogs, i18n, labels
from ui.desk.common import DeskPage, button, when
from ui.labels import human_size
from ui.qt import Qt, QtWidgets, translate


def _e(text: Any) -> str:
    return html.escape(str(text))


def timeline_html(c: dict[str, Any]) -> str:
    """The read model app.usecases.custody.timeline, as the page shows it."""
    ev = c.get("evidence")
    rows = []
    for step in c["steps"]:
        at, what, detail, small = when(step["at"]), step["what"], step["detail"], step["small"]
        extra = f" <span style='color:#4f5a66'>· {_e(small)}</span>" if small else ""
        rows.append(
            f"<tr><td style='padding:4px 14px 4px 0;color:#4f5a66;white-space:nowrap'>"
            f"{_e(at)}</td><td style='padding:4px 10px 4px 0'><b>{_e(what)}</b></td>"
            f"<td style='padding:4px 0'>{_e(detail)}{extra}</td></tr>"
        )
    out = [
        f"<p style='font-size:13pt'><b>{_e(labels.kind_label(c['kind']))}: {_e(c['title'])}</b></p>"
    ]
    if c["deleted"]:
        gone = translate("Custody", "This record is deleted; its history stays.")
        out.append(f"<p style='color:#9b1c1c'>{_e(gone)}</p>")
    if ev:
        held = (
            translate("Custody", "held in this archive's encrypted store since %1").replace(
                "%1", when(ev["stored_at"])
            )
            if ev["held"]
            else translate("Custody", "NOT held in this archive (the original never arrived)")
        )
        lines = [
            _e(
                translate("Custody", "Original file: %1, %2")
                .replace("%1", ev.get("filename") or "—")
                .replace("%2", human_size(ev.get("size") or 0))
            ),
            f"SHA-256: <span style='font-family:DejaVu Sans Mono'>{_e(ev['sha256'])}</span>",
            _e(held),
        ]
        if ev.get("obtained_from"):
            lines.append(
                _e(translate("Custody", "Obtained from: %1").replace("%1", ev["obtained_from"]))
            )
        if ev.get("custody_notes"):
            lines.append(_e(translate("Custody", "Notes: %1").replace("%1", ev["custody_notes"])))
        out.append("<p style='background:#dcebf3;padding:8px'>" + "<br>".join(lines) + "</p>")
    out.append("<table cellspacing='0'>" + "".join(rows) + "</table>")
    local = translate("Custody", "Times are local to this computer.")
    out.append(f"<p style='color:#4f5a66;font-size:9pt'>{_e(local)}</p>")
    return "".join(out)


class CustodyPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.found: list[dict[str, Any]] = []
        self.files: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        lay = self.skeleton(
            translate("Custody", "Chain of custody"),
            translate(
                "Custody",
                "For a record or an evidence file: where it was captured, which bundle carried "
                "it, when it was imported, what was decided here and where it was sent. Every "
                "step comes from signed versions and the hash-chained custody log.",
            ),
        )
        top = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(translate("Custody", "Search records (title, names, text)…"))
        self.search.setClearButtonEnabled(True)
        self.kind = QtWidgets.QComboBox()
        self.kind.setMinimumContentsLength(16)
        self.kind.addItem(translate("Custody", "Cases"), "case")
        self.kind.addItem(labels.kind_label("evidence"), "evidence")
        self.kind.addItem(labels.kind_label("person"), "person")
        self.kind.addItem(translate("Custody", "All records"), "")
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        lay.addLayout(top)
        left = QtWidgets.QWidget()
        ll = QtWidgets.QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list = QtWidgets.QListWidget()
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._chosen)
        ll.addWidget(self.list, 3)
        self.files_label = QtWidgets.QLabel(translate("Custody", "Evidence files of this case"))
        self.files_list = QtWidgets.QListWidget()
        self.files_list.currentRowChanged.connect(self._file_chosen)
        ll.addWidget(self.files_label)
        ll.addWidget(self.files_list, 2)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.view = QtWidgets.QTextBrowser()
        rl.addWidget(self.view, 1)
        row = QtWidgets.QHBoxLayout()
        self.check = button(translate("Custody", "&Check the original now"))
        self.check.setToolTip(
            translate(
                "Custody",
                "Read the original back from the encrypted store and compare its SHA-256.",
            )
        )
        self.check.clicked.connect(self.verify)
        self.check.hide()
        self.verdict = QtWidgets.QLabel()
        self.verdict.setWordWrap(True)
        row.addWidget(self.check)
        row.addWidget(self.verdict, 1)
        rl.addLayout(row)
        rl.addWidget(self.strip)
        lay.addWidget(self.splitter(left, right, [380, 900], (2, 5)), 1)
        self.timer = self.debounced(self.refresh)
        self.search.textChanged.connect(self.timer.start)
        self.kind.currentIndexChanged.connect(self.refresh)
        self._show_files(False)

    def _show_files(self, on: bool) -> None:
        self.files_label.setVisible(on)
        self.files_list.setVisible(on)

    def refresh(self) -> None:
        s = self.app.session
        if s is None:
            return
        text, kind, lang = self.search.text(), self.kind.currentData(), i18n.current()
        self.app.tasks.run(
            lambda job: actions.find_records(s, text, kind, lang=lang), owner=self,
            on_done=self._found,
        )

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.found = rows
        self.list.blockSignals(True)
        self.list.clear()
        every = not self.kind.currentData()
        for r in rows:
            self.list.addItem(
                f"{labels.kind_label(r['kind'])}: {r['title']}" if every else r["title"]
            )
        self.list.blockSignals(False)

    def show_record(self, record_id: str) -> None:
        s = self.app.session
        if s is None:
            return
        self.verdict.setText("")
        lang = i18n.current()
        self.app.tasks.run(
            lambda job: actions.timeline(s, record_id, lang),
            owner=self,
            on_done=self._shown,
            on_error=self._failed,
        )

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        r = self.found[row]
        self.show_record(r["record_id"])
        s = self.app.session
        if r["kind"] == "case" and s is not None:
            rid, lang = r["record_id"], i18n.current()
            self.app.tasks.run(
                lambda job: actions.evidence_of(s, rid, lang=lang), owner=self,
                on_done=self._files,
            )
        else:
            self._files([])

    def _files(self, files: list[dict[str, Any]]) -> None:
        self.files = files
        self.files_list.blockSignals(True)
        self.files_list.clear()
        for f in files:
            self.files_list.addItem(f"{f['title']}  ·  {(f['sha256'] or '')[:12]}")
        self.files_list.blockSignals(False)
        self._show_files(bool(files))

    def _file_chosen(self, row: int) -> None:
        if 0 <= row < len(self.files):
            self.show_record(self.files[row]["record_id"])

    def _shown(self, c: dict[str, Any]) -> None:
        self.current = c
        self.view.setHtml(timeline_html(c))
        self.check.setVisible(bool(c.get("evidence") and c["evidence"]["held"]))

    def verify(self) -> None:
        s = self.app.session
        c = self.current
        if s is None or c is None or not c.get("evidence"):
            return
        sha = c["evidence"]["sha256"]
        job = self.app.tasks.run(
            lambda job: actions.verify_original(s, sha),
            owner=self,
            on_done=self._verified,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Custody", "Reading the original back…"))

    def _verified(self, _ok: bool) -> None:
        self.strip.finish()
        self.verdict.setText(
            translate(
                "Custody",
                "The original is intact: its SHA-256 matches the one recorded "
                "when it was captured.",
            )
        )
        self.verdict.setStyleSheet("color: #1e6b3a; font-weight: bold;")

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self.verdict.setText(dialogs.error_text(exc))
        self.verdict.setStyleSheet("color: #9b1c1c; font-weight: bold;")
