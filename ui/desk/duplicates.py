"""Duplicate people: the same person recorded on two laptops (Cyrillic and Latin
spellings, transliteration habits, the same date of birth). Suggestions come with a
score and its reasons; linking keeps both records, each with its own history and
device, and notes the link in both (app.duplicates)."""

from __future__ import annotations

import html
from typing import Any

from app import present
from app.usecases import people
from storage.errors import Cancelled
from ui import dialogs, i18n, labels
from ui.desk.common import DeskPage, button, read_only_table, set_row, when
from ui.qt import QT_TRANSLATE_NOOP, Qt, QtWidgets, translate

REASONS = {  # app.duplicates gives fixed English phrases; never a name
    "names match once transliterated": QT_TRANSLATE_NOOP(
        "Duplicates", "names match once transliterated"
    ),
    "names similar": QT_TRANSLATE_NOOP("Duplicates", "names similar"),
    "a protected person: compare after revealing identities": QT_TRANSLATE_NOOP(
        "Duplicates", "a protected person: compare after revealing identities"
    ),
    "same date of birth": QT_TRANSLATE_NOOP("Duplicates", "same date of birth"),
    "dates of birth agree to the month": QT_TRANSLATE_NOOP(
        "Duplicates", "dates of birth agree to the month"
    ),
    "dates of birth agree to the year": QT_TRANSLATE_NOOP(
        "Duplicates", "dates of birth agree to the year"
    ),
    "dates of birth differ by a swapped day and month": QT_TRANSLATE_NOOP(
        "Duplicates", "dates of birth differ by a swapped day and month"
    ),
    "date of birth missing on one or both": QT_TRANSLATE_NOOP(
        "Duplicates", "date of birth missing on one or both"
    ),
    "dates of birth differ": QT_TRANSLATE_NOOP("Duplicates", "dates of birth differ"),
    "gender differs": QT_TRANSLATE_NOOP("Duplicates", "gender differs"),
    "same gender": QT_TRANSLATE_NOOP("Duplicates", "same gender"),
}


def reason_text(reason: str) -> str:
    return translate("Duplicates", REASONS[reason]) if reason in REASONS else reason


class DuplicatesPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.rows: list[dict[str, Any]] = []
        self.hidden: set[tuple[str, str]] = set()
        lay = self.skeleton(
            translate("Duplicates", "Duplicate people"),
            translate(
                "Duplicates",
                "People who may have been recorded twice, by two lawyers or monitors. Compare "
                "them; if they are the same person, link them. Linking keeps both records and "
                "where each came from, so a link made in error can be undone.",
            ),
        )
        top = QtWidgets.QHBoxLayout()
        label = QtWidgets.QLabel(translate("Duplicates", "&Lowest score shown"))
        self.min_score = QtWidgets.QSpinBox()
        self.min_score.setRange(50, 100)
        self.min_score.setSuffix(" %")
        self.min_score.setValue(round(people.DEFAULT_MIN_SCORE * 100))
        label.setBuddy(self.min_score)
        find = button(translate("Duplicates", "&Find again"))
        find.clicked.connect(self.refresh)
        top.addWidget(label)
        top.addWidget(self.min_score)
        top.addWidget(find)
        top.addStretch(1)
        lay.addLayout(top)
        lay.addWidget(self.strip)
        self.table = read_only_table(
            [
                translate("Duplicates", "Score"),
                translate("Duplicates", "Person A"),
                translate("Duplicates", "Person B"),
                translate("Duplicates", "Why suggested"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 3)
        cards = QtWidgets.QHBoxLayout()
        self.card_a = QtWidgets.QLabel()
        self.card_b = QtWidgets.QLabel()
        for card in (self.card_a, self.card_b):
            card.setWordWrap(True)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card.setStyleSheet(
                "QLabel { background: white; border: 1px solid #c9d0d8;"
                " border-radius: 6px; padding: 10px; }"
            )
            card.setMinimumHeight(150)
            cards.addWidget(card, 1)
        lay.addLayout(cards, 2)
        row = QtWidgets.QHBoxLayout()
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(
            translate(
                "Duplicates",
                "Note for both records (optional), e.g. “same passport "
                "number, checked with both lawyers”",
            )
        )
        row.addWidget(self.note, 1)
        self.skip = button(translate("Duplicates", "&Not the same"))
        self.skip.setToolTip(
            translate("Duplicates", "Hide this suggestion until the desk is opened again.")
        )
        self.skip.clicked.connect(self.not_same)
        self.link_button = button(translate("Duplicates", "Lin&k: the same person"), primary=True)
        self.link_button.clicked.connect(self.link)
        row.addWidget(self.skip)
        row.addWidget(self.link_button)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self._selected()

    def refresh(self) -> None:
        s = self.app.session
        if s is None or self.strip.busy:
            return
        score = self.min_score.value() / 100
        lang = i18n.current()

        def work(job: Any) -> list[dict[str, Any]]:
            return people.duplicate_suggestions(s, min_score=score, lang=lang,
                                                progress=job.report, cancel=job.cancel)

        job = self.app.tasks.run(work, owner=self, on_done=self._loaded, on_error=self._failed)
        self.strip.start(job, translate("Duplicates", "Comparing every person record…"))

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        job = self.strip.job
        self.strip.finish()
        if job is not None and job.cancel.is_set():
            return
        self.rows = [
            r for r in rows if (r["a"]["record_id"], r["b"]["record_id"]) not in self.hidden
        ]
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            set_row(
                self.table,
                i,
                [
                    f"{round(r['score'] * 100)} %",
                    self._short(r["a"]),
                    self._short(r["b"]),
                    ", ".join(reason_text(x) for x in r["reasons"]),
                ],
            )
        header = self.table.horizontalHeader()
        mode = QtWidgets.QHeaderView.ResizeMode
        header.setSectionResizeMode(0, mode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, mode.Stretch)
        if self.rows:
            self.table.selectRow(0)
        self._selected()
        if not self.rows:
            self.card_a.setText(translate("Duplicates", "No suggestions at this score."))

    def _short(self, p: dict[str, Any]) -> str:
        dob = p.get("date_of_birth")
        extra = f" · {dob}" if dob and dob != present.MASK else ""
        return f"{self._title(p)}{extra} · {p['device']}"

    @staticmethod
    def _title(p: dict[str, Any]) -> str:
        """The other side of a pair with a protected person is unnamed (app.usecases.people)."""
        if p.get("title") == present.MASK:
            return translate("Duplicates", "hidden (protected identity)")
        return str(p.get("title", ""))

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _card(self, p: dict[str, Any]) -> str:
        def line(label: str, value: Any) -> str:
            if value in (None, "", []):
                return ""
            return (
                f"<tr><td style='color:#4f5a66;padding-right:10px'>{html.escape(label)}</td>"
                f"<td>{html.escape(str(value))}</td></tr>"
            )

        hidden = translate("Duplicates", "hidden (protected identity)")

        def show(value: Any) -> Any:
            return hidden if value == present.MASK else value

        other = p.get("other_names")
        rows = "".join(
            [
                line(
                    translate("Duplicates", "Other names"),
                    show(", ".join(other) if isinstance(other, list) else other),
                ),
                line(translate("Duplicates", "Date of birth"), show(p.get("date_of_birth"))),
                line(
                    translate("Duplicates", "Gender"),
                    labels.vocab_label("gender", p["gender"]) if p.get("gender") else None,
                ),
                line(
                    translate("Duplicates", "City"),
                    labels.vocab_label("city", p["city"]) if p.get("city") else None,
                ),
                line(
                    translate("Duplicates", "Roles"),
                    ", ".join(labels.vocab_label("role_in_case", r) for r in p.get("roles") or []),
                ),
                line(translate("Duplicates", "Cases"), "; ".join(p.get("cases") or [])),
                line(
                    translate("Duplicates", "Recorded on"),
                    f"{p['device']}, {when(p['created_at'])}",
                ),
            ]
        )
        protected = (
            f"<p style='color:#9b1c1c'><b>{html.escape(labels.flag_label('protected'))}</b></p>"
            if p.get("protected")
            else ""
        )
        return (
            f"<p style='font-size:12pt'><b>{html.escape(self._title(p))}</b></p>{protected}"
            f"<table>{rows}</table>"
        )

    def _selected(self) -> None:
        r = self.current()
        self.link_button.setEnabled(r is not None)
        self.skip.setEnabled(r is not None)
        if r is None:
            self.card_a.setText("")
            self.card_b.setText("")
            return
        self.card_a.setText(self._card(r["a"]))
        self.card_b.setText(self._card(r["b"]))

    def not_same(self) -> None:
        r = self.current()
        if r is None:
            return
        self.hidden.add((r["a"]["record_id"], r["b"]["record_id"]))
        row = self.table.currentRow()
        self.rows.pop(row)
        self.table.removeRow(row)
        self._selected()

    def link(self) -> None:
        r = self.current()
        s = self.app.session
        if r is None or s is None:
            return
        a, b, note = r["a"]["record_id"], r["b"]["record_id"], self.note.text()
        job = self.app.tasks.run(
            lambda job: people.link(s, a, b, note),
            owner=self,
            on_done=self._linked,
            on_error=self._failed,
        )
        self.strip.start(job, translate("Duplicates", "Linking…"))
        self.link_button.setEnabled(False)

    def _linked(self, versions: list[Any]) -> None:
        self.strip.finish()
        self.note.clear()
        self.say(
            translate(
                "Duplicates",
                "Linked: %1 new signed versions; both records stay, with their history.",
            ).replace("%1", str(len(versions)))
        )
        self.window_.changed()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self._selected()
        # Stopped by Cancel: said plainly, not as a fault.
        self.say(dialogs.error_text(exc), "ok" if isinstance(exc, Cancelled) else "error")
