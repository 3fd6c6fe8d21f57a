"""Pieces the coordinator's desk shares: page headings, a progress strip bound to a
worker job, times in local time, and import reports in plain words."""

from __future__ import annotations

import html
from typing import Any

from app.dates import local_time
from ui import dialogs, i18n
from ui.qt import QT_TRANSLATE_NOOP, Qt, QTimer, QtWidgets, translate
from ui.style import DANGER, OK, WARN, set_role
from ui.tasks import Job


def when(iso: str | None) -> str:
    """A stored UTC time ("2022-01-25T09:30:00Z") in local time, as the reader writes
    dates: "25.01.2022 14:30" in ru and kk, "2022-01-25 14:30" in English."""
    return local_time(iso, i18n.current()) if iso else "—"


def ranges(gaps: list[list[int]]) -> str:
    """[[2, 3], [5, 5]] → "2–3, 5"."""
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in gaps)


def heading(title: str, intro: str = "") -> QtWidgets.QWidget:
    box = QtWidgets.QWidget()
    lay = QtWidgets.QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 4)
    lay.setSpacing(4)
    t = QtWidgets.QLabel(title)
    set_role(t, "title")
    lay.addWidget(t)
    if intro:
        i = QtWidgets.QLabel(intro)
        i.setWordWrap(True)
        set_role(i, "muted")
        lay.addWidget(i)
    return box


def button(text: str, *, primary: bool = False, danger: bool = False) -> QtWidgets.QPushButton:
    b = QtWidgets.QPushButton(text)
    if primary:
        b.setProperty("primary", True)
    if danger:
        b.setProperty("danger", True)
    return b


def read_only_table(columns: list[str]) -> QtWidgets.QTableWidget:
    t = QtWidgets.QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().lineSpacing() + 12)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fit_columns(table: QtWidgets.QTableWidget) -> None:
    """Every column in view, no sideways scrolling (a 1366-pixel laptop, Kazakh words):
    columns narrower than their share keep their width, the widest give up the rest and
    wrap, headers included; the last column takes what is left over."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    table.setWordWrap(True)
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    n = table.columnCount()
    room = table.viewport().width()
    if room <= 0 or n == 0:
        return
    wanted = [header.sectionSize(i) for i in range(n)]
    fm = table.fontMetrics()
    # No column narrower than its longest word: wrapping stops at words.
    floors = [max((fm.horizontalAdvance(w) + 16 for w in
                   (table.horizontalHeaderItem(i).text() if table.horizontalHeaderItem(i)
                    else "").split()), default=40) for i in range(n)]
    if sum(wanted) > room:
        # The largest cap c with sum(min(w, c)) <= room: the wide columns share the rest.
        narrow, cap = sorted(wanted), room
        for i, w in enumerate(narrow):
            share = (room - sum(narrow[:i])) / (n - i)
            if w > share:
                cap = int(share)
                break
        wanted = [max(min(w, cap), f) for w, f in zip(wanted, floors, strict=True)]
    for i, w in enumerate(wanted):
        header.resizeSection(i, w)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()


def set_row(table: QtWidgets.QTableWidget, row: int, cells: list[str], data: Any = None) -> None:
    for col, text in enumerate(cells):
        item = QtWidgets.QTableWidgetItem(text)
        if col == 0 and data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(row, col, item)


class JobStrip(QtWidgets.QWidget):
    """A progress bar, what is happening, and Cancel, for one worker job at a time.
    Progress is read from the job by a timer (never a signal per chunk); Cancel sets
    the job's Event directly (a queued call would wait behind the busy worker)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QtWidgets.QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QtWidgets.QLabel()
        set_role(self.label, "muted")
        self.bar = QtWidgets.QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(320)
        self.cancel_button = QtWidgets.QPushButton(translate("ArchiveDesk", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.text = ""
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)
        self.hide()

    def start(self, job: Job, text: str) -> None:
        self.job = job
        self.text = text
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.timer.start()

    def set_text(self, text: str) -> None:
        self.text = text
        self.label.setText(text)

    def tick(self) -> None:
        if self.job is None:
            return
        done, total = self.job.progress
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(done * 1000 / total))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("ArchiveDesk", "Stopping…"))

    def finish(self) -> None:
        self.timer.stop()
        self.job = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None


class DeskPage(QtWidgets.QWidget):
    """The skeleton every page of the desk shares: the page's layout with its heading
    (`skeleton`), a job strip for the one worker job at a time (`strip`), a message line
    (`message`, set with `say`), a splitter of a list and its detail (`splitter`) and a
    debounced refresh for search boxes (`debounced`). Pages fill in the rest and give
    `refresh` (the window calls it each time the page is shown)."""

    def __init__(self, window: Any) -> None:
        # Built where it will be shown (the window's frame for it, when it has one):
        # a page built apart and then placed has every widget restyled once more.
        super().__init__(getattr(window, "placing", None))
        self.window_ = window
        self.app = window.app
        self.strip = JobStrip()
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def skeleton(self, title: str, intro: str = "", *, spacing: int = 10) -> QtWidgets.QVBoxLayout:
        """The page's layout, with its heading in place."""
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(spacing)
        lay.addWidget(heading(title, intro))
        return lay

    @staticmethod
    def splitter(
        left: QtWidgets.QWidget,
        right: QtWidgets.QWidget,
        sizes: list[int],
        stretch: tuple[int, int] = (1, 3),
    ) -> QtWidgets.QSplitter:
        """A list on the left and its detail on the right; the left one keeps its width."""
        split = QtWidgets.QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, stretch[0])
        split.setStretchFactor(1, stretch[1])
        split.setSizes(sizes)
        return split

    def debounced(self, slot: Any, ms: int = 250) -> QTimer:
        """A single-shot timer calling `slot` `ms` after the last start(): typing in a
        search box asks the worker once, not once per key."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def say(self, text: str, role: str = "ok") -> None:
        """The message line, coloured by role ("ok", "error", "muted")."""
        self.message.setText(text)
        set_role(self.message, role)
        self.message.style().polish(self.message)

    def failed(self, exc: BaseException) -> None:
        """A worker job failed: stop the strip and say why, in the person's language."""
        self.strip.finish()
        self.say(dialogs.error_text(exc), "error")

    def refresh(self) -> None:
        """Load what the page shows (on the worker)."""


# --- import reports in plain words ---------------------------------------------------------

REJECTED_REASONS = {
    "newer_kind": QT_TRANSLATE_NOOP(
        "ImportReport",
        "It was made by a newer Qorgau: it holds records of a kind this archive does not "
        "know yet. Upgrade Qorgau on this computer to the field laptops' version, then "
        "receive the same bundle again.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The file is damaged or is not a Qorgau bundle: it could not be "
        "decrypted to the end. It may have been altered or cut short on the way.",
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The file ends early: it was cut short, perhaps by an interrupted "
        "copy. Ask for the bundle again.",
    ),
    "not_addressed": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The bundle is not addressed to this archive: it was sealed for other coordinators.",
    ),
    "signature": QT_TRANSLATE_NOOP(
        "ImportReport",
        "Its signatures do not match the keys enrolled for the device: the "
        "bundle was forged or altered after it was signed.",
    ),
    "unknown_device": QT_TRANSLATE_NOOP(
        "ImportReport",
        "It comes from a device this archive has not enrolled. If you "
        "expect bundles from it, enrol its identity card under Devices (compare the "
        "fingerprint by phone first).",
    ),
    "authors": QT_TRANSLATE_NOOP(
        "ImportReport",
        "It carries records by devices this archive does not know, or "
        "names a known device with other keys.",
    ),
    "limits": QT_TRANSLATE_NOOP("ImportReport", "It is larger than this archive accepts."),
    "error": QT_TRANSLATE_NOOP("ImportReport", "It could not be read."),
}
ALTERED = QT_TRANSLATE_NOOP(
    "ImportReport",
    "Its contents do not match what the device signed: the file was "
    "altered or damaged after it was sealed.",
)
QUARANTINE_REASONS = {
    # Issue 15: revocation is a cut-off in time; relayed versions and write authority.
    "revoked": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The device was revoked (seized), and this bundle was not imported before: "
        "whoever holds the device's key may have made it, whatever its number.",
    ),
    "revoked_author": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The bundle carries versions written by a revoked (seized) device, passed on by "
        "another device: whoever holds the seized key may have written them.",
    ),
    "authority": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The bundle changes a record that its author did not create: a field device may "
        "change only its own records, unless you granted it another device's.",
    ),
    "fork": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The device sent a different bundle with the same number: its vault "
        "was copied or restored from a backup, or its key is in someone else's hands.",
    ),
    "rollback": QT_TRANSLATE_NOOP(
        "ImportReport",
        "The bundle does not follow on from the bundles already imported "
        "from this device: a rollback or a fork.",
    ),
}


def rejected_reason(code: str | None) -> str:
    text = REJECTED_REASONS.get(code or "", ALTERED)
    return translate("ImportReport", text)


def quarantine_reason(code: str | None) -> str:
    text = QUARANTINE_REASONS.get(code or "")
    if text is None:
        return translate("ImportReport", "It failed a sequence or revocation check.")
    return translate("ImportReport", text)


def describe(r: Any, error: BaseException | None = None) -> tuple[str, str, list[str]]:
    """(colour, headline, sentences) of one import report, in the interface language."""
    device = r.device_name or ""
    file = r.file.rsplit("/", 1)[-1]
    if error is not None:
        return (
            DANGER,
            translate("ImportReport", "Not imported — %1").replace("%1", file),
            [dialogs.error_text(error)],
        )
    if r.status == "merged":
        head = (
            translate("ImportReport", "Would merge — bundle %1 from “%2”")
            if r.dry_run
            else translate("ImportReport", "Merged — bundle %1 from “%2”")
        )
        lines = [
            translate(
                "ImportReport",
                "New in the archive: records %1, record versions %2, evidence files %3.",
            )
            .replace("%1", str(r.records_new))
            .replace("%2", str(r.versions_new))
            .replace("%3", str(r.blobs_new))
        ]
        if r.versions_known or r.blobs_known:
            lines.append(
                translate(
                    "ImportReport",
                    "Already held, sent again: record versions %1, evidence files %2 (a "
                    "laptop sends them until it accepts a receipt).",
                )
                .replace("%1", str(r.versions_known))
                .replace("%2", str(r.blobs_known))
            )
        if r.conflicts:
            lines.append(
                translate(
                    "ImportReport",
                    "Records now in conflict (edited on two devices): %1. Resolve them "
                    "under Conflicts.",
                ).replace("%1", str(len(r.conflicts)))
            )
        if r.gaps:
            lines.append(
                translate(
                    "ImportReport",
                    "Bundles never received from this device: %1. Ask the field worker for them.",
                ).replace("%1", ranges(r.gaps))
            )
        return OK, head.replace("%1", str(r.seq)).replace("%2", device), lines
    if r.status == "duplicate":
        text = (
            translate("ImportReport", "This bundle was imported before; nothing changed.")
            if r.reason_code != "quarantined"
            else translate("ImportReport", "This bundle is already in quarantine; nothing changed.")
        )
        return (
            "#4f5a66",
            translate("ImportReport", "Already here — bundle %1 from “%2”")
            .replace("%1", str(r.seq))
            .replace("%2", device),
            [text],
        )
    if r.status == "quarantined":
        return (
            WARN,
            translate("ImportReport", "Quarantined — bundle %1 from “%2”")
            .replace("%1", str(r.seq))
            .replace("%2", device),
            [
                quarantine_reason(r.reason_code),
                translate(
                    "ImportReport",
                    "Nothing from it was merged. Check with the field worker, then "
                    "release or discard it under Quarantine.",
                ),
            ],
        )
    lines = [
        rejected_reason(r.reason_code),
        translate("ImportReport", "Nothing from this file was merged."),
    ]
    if device:
        lines.insert(
            0,
            translate("ImportReport", "It says it is bundle %1 from “%2”.")
            .replace("%1", str(r.seq))
            .replace("%2", device),
        )
    return DANGER, translate("ImportReport", "Rejected — %1").replace("%1", file), lines


def report_html(r: Any, error: BaseException | None = None) -> str:
    """One bundle's report: a coloured stripe, the headline, the sentences."""
    colour, head, lines = describe(r, error)
    body = "<br>".join(html.escape(s) for s in lines)
    detail = ""
    # The core's technical detail is written in English for support and the logs, and
    # may name a command-line step: a Russian or Kazakh screen shows only the sentences.
    if error is None and r.reason and r.status in ("rejected", "quarantined") \
            and i18n.current() == "en":
        label = translate("ImportReport", "Technical detail:")
        detail = (
            f"<br><span style='color:#4f5a66;font-size:8.5pt'>"
            f"{html.escape(label)} {html.escape(r.reason)}</span>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:8px'><tr>"
        f"<td width='5' bgcolor='{colour}'></td><td width='10'></td>"
        f"<td><b style='color:{colour}'>{html.escape(head)}</b><br>{body}{detail}</td>"
        "</tr></table>"
    )


# --- record values as plain text -----------------------------------------------------------


def value_text(f: Any, value: Any, titles: dict[str, str]) -> str:
    """A field's value as a person reads it: vocabulary words, record titles, Yes/No."""
    from app import present
    from ui import labels

    if value is None or value == "" or value == []:
        return "—"
    if value == present.MASK:
        return translate("ArchiveDesk", "hidden (protected identity)")
    t = f.type
    if t == "bool":
        return labels.yes_no(value)
    if t == "enum":
        return labels.vocab_label(f.vocab or "", value)
    if t == "enums":
        return ", ".join(labels.vocab_label(f.vocab or "", v) for v in value)
    if t == "ref":
        return titles.get(value) or value[:8] + "…"
    if t == "refs":
        return ", ".join(titles.get(v) or v[:8] + "…" for v in value)
    if t == "strs":
        return ", ".join(str(v) for v in value)
    if t == "object" and isinstance(value, dict):
        return _object_text(f.fields, value, titles)
    if t == "objects" and isinstance(value, list):
        return "\n".join(_object_text(f.fields, v, titles) for v in value)
    if t == "datetime" and isinstance(value, str):
        return value.replace("T", " ")
    return str(value)


def _object_text(fields: Any, value: dict[str, Any], titles: dict[str, str]) -> str:
    from ui import labels

    return "; ".join(
        f"{labels.field_label(sub)}: {value_text(sub, value[sub.name], titles)}"
        for sub in fields
        if sub.name in value
    )
