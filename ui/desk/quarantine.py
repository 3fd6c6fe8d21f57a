"""Quarantine: bundles that passed every integrity check but broke a sequence or
revocation rule. Inspect one (what a release would merge, nothing written), then
release it (merge) or discard it; either way the reason goes to the custody log."""

from __future__ import annotations

import html
from typing import Any

from app.usecases import quarantine as actions
from ui import dialogs, i18n
from ui.desk.common import (
    DeskPage,
    button,
    describe,
    quarantine_reason,
    read_only_table,
    set_row,
    when,
)
from ui.labels import human_size
from ui.qt import Qt, QtWidgets, translate
from ui.style import set_role


class QuarantinePage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.rows: list[dict[str, Any]] = []
        lay = self.skeleton(
            translate("Quarantine", "Quarantine"),
            translate(
                "Quarantine",
                "These bundles are intact and signed by an enrolled device, but were not "
                "merged: the device was revoked, or the bundle does not follow on from the "
                "ones before it. Check with the field worker (by phone, not by the same "
                "laptop), then release or discard each one.",
            ),
        )
        self.table = read_only_table(
            [
                translate("Quarantine", "Device"),
                translate("Quarantine", "Bundle"),
                translate("Quarantine", "Why"),
                translate("Quarantine", "Quarantined"),
                translate("Quarantine", "Size"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 2)
        self.detail = QtWidgets.QTextBrowser()
        self.detail.setMinimumHeight(120)
        lay.addWidget(self.detail, 2)
        form = QtWidgets.QHBoxLayout()
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(
            translate(
                "Quarantine",
                "Why (kept in the custody log), e.g. “confirmed by "
                "phone with A. Nurlanova on 3 March”",
            )
        )
        label = QtWidgets.QLabel(translate("Quarantine", "&Reason"))
        label.setBuddy(self.reason)
        form.addWidget(label)
        form.addWidget(self.reason, 1)
        lay.addLayout(form)
        row = QtWidgets.QHBoxLayout()
        self.inspect_button = button(translate("Quarantine", "&Inspect"))
        self.inspect_button.setToolTip(
            translate(
                "Quarantine",
                "Check the bundle again and count what releasing "
                "it would merge. Nothing is written.",
            )
        )
        self.release_button = button(translate("Quarantine", "Re&lease and merge"), primary=True)
        self.discard_button = button(translate("Quarantine", "&Discard"), danger=True)
        self.inspect_button.clicked.connect(self.inspect)
        self.release_button.clicked.connect(self.release)
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.inspect_button)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.release_button)
        lay.addLayout(row)
        lay.addWidget(self.strip)
        self.outcome = QtWidgets.QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        lay.addWidget(self.outcome)
        self.decided = QtWidgets.QLabel()
        self.decided.setWordWrap(True)
        set_role(self.decided, "muted")
        self.decided.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.decided)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for b in (self.inspect_button, self.release_button, self.discard_button):
            b.setEnabled(on and not self.strip.busy)

    def refresh(self) -> None:
        s = self.app.session
        if s is None:
            return
        self.app.tasks.run(
            lambda job: actions.quarantine(s), owner=self, on_done=self._loaded
        )

    def _loaded(self, data: dict[str, list[dict[str, Any]]]) -> None:
        self.rows = data["pending"]
        self.table.setRowCount(len(self.rows))
        for i, q in enumerate(self.rows):
            set_row(
                self.table,
                i,
                [
                    q["device_name"] or q["device_id"][:8],
                    f"#{q['seq']}",
                    self._why(q["reason"]),
                    when(q["quarantined_at"]),
                    human_size(q["file_size"]),
                ],
                q["bundle_sha256"],
            )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.rows:
            self.table.selectRow(0)
        else:
            self.detail.setHtml(
                "<p>"
                + html.escape(translate("Quarantine", "Nothing is waiting in quarantine."))
                + "</p>"
            )
            self._enable(False)
        lines = []
        for d in data["decided"][:8]:
            verb = (
                translate("Quarantine", "Released")
                if d["decision"] == "released"
                else translate("Quarantine", "Discarded")
            )
            lines.append(
                f"{html.escape(verb)} {html.escape(when(d['at']))} — "
                f"{html.escape(d.get('device_name') or '')} #{d.get('seq') or '?'}: "
                f"<i>{html.escape(d['reason'])}</i>"
            )
        self.decided.setText(
            (
                "<b>"
                + html.escape(translate("Quarantine", "Decided earlier"))
                + "</b><br>"
                + "<br>".join(lines)
            )
            if lines
            else ""
        )

    @staticmethod
    def _why(code: str) -> str:
        return {
            "revoked": translate("Quarantine", "Device revoked"),
            "fork": translate("Quarantine", "Same number twice"),
            "rollback": translate("Quarantine", "Out of sequence"),
            "revoked_author": translate("Quarantine", "Written by a revoked device"),
            "authority": translate("Quarantine", "Not its author's record"),
        }.get(code, code)

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        q = self.current()
        self._enable(q is not None)
        if q is None:
            return
        number = translate("Quarantine", "bundle %1").replace("%1", str(q["seq"]))
        text = [
            f"<p><b>{html.escape(q['device_name'] or '')}</b> — {html.escape(number)}</p>",
            f"<p>{html.escape(quarantine_reason(q['reason']))}</p>",
            # The core's alert is English, for support and the logs (see report_html).
            f"<p style='color:#4f5a66;font-size:9pt'>{html.escape(q['alert'])}</p>"
            if i18n.current() == "en" else "",
            f"<p style='color:#4f5a66;font-size:9pt'>SHA-256 {html.escape(q['bundle_sha256'])}</p>",
        ]
        self.detail.setHtml("".join(text))

    # -- actions ---------------------------------------------------------------------

    def inspect(self) -> None:
        q = self.current()
        s = self.app.session
        if q is None or s is None:
            return
        sha = q["bundle_sha256"]
        job = self.app.tasks.run(
            lambda job: actions.inspect(s, sha, progress=job.report, cancel=job.cancel),
            owner=self,
            on_done=self._inspected,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Quarantine", "Checking the quarantined bundle again…"))
        self._enable(False)

    def _inspected(self, report: Any) -> None:
        self.strip.finish()
        self._enable(True)
        colour, head, lines = describe(report)
        if report.status == "merged":
            head = translate("Quarantine", "If released, it would merge:")
        self.detail.append(
            f"<p><b style='color:{colour}'>{html.escape(head)}</b><br>"
            + "<br>".join(html.escape(x) for x in lines)
            + "</p>"
        )

    def _reason(self) -> str | None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            dialogs.inform(
                self,
                translate("Quarantine", "Say why"),
                translate(
                    "Quarantine",
                    "Write the reason first: it is kept in the custody log with your decision.",
                ),
                warning=True,
            )
            self.reason.setFocus()
            return None
        return reason

    def _confirmed(self, title: str, text: str, action: str, label: str,
                   **ask: Any) -> tuple[dict[str, Any], Any, str] | None:
        """The selected bundle, the session and the typed reason, once the coordinator
        has confirmed `action` on it; None otherwise. %1/%2 in `text`: its number and
        device."""
        q = self.current()
        s = self.app.session
        reason = self._reason() if q is not None else None
        if q is None or s is None or reason is None:
            return None
        answer = dialogs.ask(
            self, title,
            text.replace("%1", str(q["seq"])).replace("%2", q["device_name"] or ""),
            [(action, label), ("cancel", translate("Quarantine", "Cancel"))],
            default="cancel", **ask,
        )
        return (q, s, reason) if answer == action else None

    def release(self) -> None:
        chosen = self._confirmed(
            translate("Quarantine", "Release the bundle"),
            translate(
                "Quarantine",
                "Merge bundle %1 from “%2” into the archive? Do this only after the field worker "
                "confirmed, by another channel, that they made it.",
            ),
            "release", translate("Quarantine", "Release and merge"),
        )
        if chosen is not None:
            self.release_bundle(chosen[0]["bundle_sha256"], chosen[2])

    def release_bundle(self, sha: str, reason: str) -> None:
        """Once confirmed: release on the worker, with progress and cancel."""
        s = self.app.session
        if s is None:
            return
        job = self.app.tasks.run(
            lambda job: actions.release(
                s, sha, reason, progress=job.report, cancel=job.cancel
            ),
            owner=self,
            on_done=self._released,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Quarantine", "Checking and merging the bundle…"))
        self._enable(False)

    def _released(self, report: Any) -> None:
        self.strip.finish()
        colour, head, lines = describe(report)
        self.reason.clear()
        self.outcome.setText(
            f"<b style='color:{colour}'>{html.escape(head)}</b><br>"
            + "<br>".join(html.escape(x) for x in lines)
        )
        self.outcome.show()
        self.refresh()
        self.window_.changed()

    def discard(self) -> None:
        chosen = self._confirmed(
            translate("Quarantine", "Discard the bundle"),
            translate(
                "Quarantine",
                "Delete the quarantined copy of bundle %1 from “%2”? Nothing from it is merged; "
                "the same file imported again is recognised and not merged either.",
            ),
            "discard", translate("Quarantine", "Discard"),
            icon=QtWidgets.QMessageBox.Icon.Warning,
        )
        if chosen is not None:
            self.discard_bundle(chosen[0]["bundle_sha256"], chosen[2])

    def discard_bundle(self, sha: str, reason: str) -> None:
        """Once confirmed: discard on the worker."""
        s = self.app.session
        if s is None:
            return
        job = self.app.tasks.run(
            lambda job: actions.discard(s, sha, reason),
            owner=self,
            on_done=self._discarded,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Quarantine", "Discarding…"))
        self._enable(False)

    def _discarded(self, _result: Any) -> None:
        self.strip.finish()
        self.reason.clear()
        self.refresh()
        self.window_.changed()

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self._enable(self.current() is not None)
        self.detail.append(
            "<p style='color:#9b1c1c'>" + html.escape(dialogs.error_text(exc)) + "</p>"
        )
