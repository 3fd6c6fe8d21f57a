"""PDF reports of a case, in the interface language, with Qt's own PDF writer.

A case report (summary, timeline, people with protected identities masked unless
chosen, detention, incidents, medical findings with the body diagram marks and
photographs, complaints and their outcomes, evidence files) and an Istanbul Protocol
medical annex (one per examination, in the order of the Protocol's guidelines for
medico-legal reports).

The PDF is laid out with QTextDocument and painted page by page on a QPdfWriter that
writes into memory (a QBuffer), on the worker thread; the bytes go once to the file the
coordinator chose. No temporary file is written. The dialog says that a PDF is
plaintext, asks where to put it and whom it is for; the export is written to the
custody log of every record in it.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from app import schema
from app.usecases import custody, reports
from ui import dialogs, i18n, labels, windows
from ui.desk.common import DeskPage, button, value_text
from ui.qt import QRectF, Qt, QtCore, QtGui, QtSvg, QtWidgets, translate
from ui.style import set_role

DIAGRAM_H = 250  # px at 96 dpi: every view as tall, three side by side on a page
PHOTO_W = 300


def _e(value: Any) -> str:
    return html.escape(str(value))


# --- building the document ------------------------------------------------------------------


class Builder:
    """HTML for QTextDocument, with images registered as document resources."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.titles: dict[str, str] = data["titles"]
        self.images: dict[str, QtGui.QImage] = {}
        self.parts: list[str] = []
        self.number = 0

    # -- small pieces --------------------------------------------------------------------

    def add(self, text: str) -> None:
        self.parts.append(text)

    def h1(self, text: str, *, new_page: bool = False) -> None:
        brk = " style='page-break-before: always'" if new_page else ""
        self.add(f"<h1{brk}>{_e(text)}</h1>")

    def h2(self, text: str) -> None:
        self.add(f"<h2>{_e(text)}</h2>")

    def section(self, text: str) -> None:
        """A numbered heading of the case report (sections without content are left
        out, so the numbers are counted as they are written)."""
        self.number += 1
        self.h2(f"{self.number}. {text}")

    def h3(self, text: str) -> None:
        self.add(f"<h3>{_e(text)}</h3>")

    def para(self, text: str, muted: bool = False) -> None:
        if not text:
            return
        style = " class='muted'" if muted else ""
        self.add(f"<p{style}>" + _e(text).replace("\n", "<br>") + "</p>")

    def value(self, kind: str, body: dict[str, Any], name: str) -> str:
        f = schema.get_kind(kind).field(name)
        return value_text(f, body.get(name), self.titles)

    def fields(self, kind: str, body: dict[str, Any], names: list[str]) -> None:
        """A two-column table of label and value for the fields that have a value."""
        rows = []
        k = schema.get_kind(kind)
        for name in names:
            if body.get(name) in (None, "", [], {}):
                continue
            f = k.field(name)
            rows.append(
                f"<tr><td class='label'>{_e(labels.field_label(f))}</td>"
                f"<td>{_e(value_text(f, body[name], self.titles)).replace(chr(10), '<br>')}"
                "</td></tr>"
            )
        if rows:
            self.add(
                "<table class='fields' cellspacing='0' cellpadding='3'>"
                + "".join(rows)
                + "</table>"
            )

    def grid(self, header: list[str], rows: list[list[str]]) -> None:
        if not rows:
            return
        head = "".join(f"<th>{_e(h)}</th>" for h in header)
        body = "".join(
            "<tr>" + "".join(f"<td>{_e(c).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>"
            for r in rows
        )
        self.add(
            f"<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
            f"<tr>{head}</tr>{body}</table>"
        )

    def image(self, key: str, image: QtGui.QImage, width: int, caption: str = "") -> str:
        url = f"qorgau://{key}"
        self.images[url] = image
        height = round(image.height() * width / max(image.width(), 1))
        cap = f"<br><span class='muted'>{_e(caption)}</span>" if caption else ""
        return (
            f"<td valign='top' align='center'><img src='{url}' width='{width}' "
            f"height='{height}'>{cap}</td>"
        )

    def images_row(self, cells: list[str], per_row: int) -> None:
        for i in range(0, len(cells), per_row):
            self.add(
                "<table cellspacing='6'><tr>" + "".join(cells[i : i + per_row]) + "</tr></table>"
            )

    # -- the case report -----------------------------------------------------------------

    def title_block(self, prepared_for: str, annex_only: bool) -> None:
        case = self.data["case"]
        body = case["body"]
        kicker = translate("PdfReport", "Qorgau — confidential")
        self.add(f"<p class='kicker'>{_e(kicker)}</p>")
        name = (
            translate("PdfReport", "Istanbul Protocol medical annex")
            if annex_only
            else translate("PdfReport", "Case report")
        )
        self.add(f"<h1>{_e(name)}</h1>")
        self.add(f"<p class='case'>{_e(case['title'])}</p>")
        self.fields(
            "case",
            body,
            [
                "reference",
                "status",
                "city",
                "region",
                "opened_on",
                "closed_on",
                "case_worker",
                "reprisal_risk",
            ],
        )
        now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        lines = [
            translate("PdfReport", "Prepared from the archive “%1” on %2.")
            .replace("%1", self.data["archive"])
            .replace("%2", now)
        ]
        if prepared_for.strip():
            lines.append(
                translate("PdfReport", "Prepared for: %1").replace("%1", prepared_for.strip())
            )
        if self.data["reveal"]:
            lines.append(
                translate(
                    "PdfReport",
                    "This report SHOWS the real identities of protected people. Keep "
                    "it accordingly.",
                )
            )
        else:
            lines.append(
                translate(
                    "PdfReport",
                    "Protected people are shown by their pseudonym; their names, dates "
                    "of birth and contact details are left out.",
                )
            )
        if case["conflict"]:
            lines.append(
                translate(
                    "PdfReport",
                    "Note: this case has versions from two devices that were not yet "
                    "reconciled; the report shows the most recent one.",
                )
            )
        self.add("<p class='muted'>" + "<br>".join(_e(x) for x in lines) + "</p>")
        self.withheld()

    def withheld(self) -> None:
        """Consent (issue 10): a visible note of what was left out, and why."""
        notes = self.data.get("withheld") or []
        masked = self.data.get("relatives_masked") or 0
        if not notes and not masked:
            return
        self.section(translate("PdfReport", "Withheld for lack of consent"))
        for n in notes:
            kinds = ", ".join(
                f"{labels.kind_label(k)} {c}" for k, c in sorted(n["kinds"].items())
            )
            self.para(
                translate("PdfReport", "Person %1: %2 — %3: %4.")
                .replace("%1", str(n["person"]))
                .replace("%2", kinds)
                .replace("%3", labels.vocab_label("consent_purpose", n["purpose"]))
                .replace("%4", labels.vocab_label("consent_value", n["answer"]))
            )
        if masked:
            self.para(
                translate(
                    "PdfReport",
                    "The names of %1 relative(s) are left out: they would identify a "
                    "protected minor.",
                ).replace("%1", str(masked)),
                muted=True,
            )

    def case_report(self, annex: bool) -> None:
        g = self.data["groups"]
        body = self.data["case"]["body"]
        self.section(translate("PdfReport", "Summary"))
        self.para(body.get("summary") or "")
        counts = [
            (translate("PdfReport", "People"), len(g["person"])),
            (translate("PdfReport", "Incidents"), len(g["incident"])),
            (translate("PdfReport", "Medical examinations"), len(g["medical_exam"])),
            (translate("PdfReport", "Complaints and legal steps"), len(g["complaint"])),
            (translate("PdfReport", "Evidence files"), len(g["evidence"])),
        ]
        self.para(" · ".join(f"{w}: {n}" for w, n in counts), muted=True)
        if body.get("reprisal_notes"):
            self.fields("case", body, ["reprisal_notes"])
        self.section(translate("PdfReport", "Timeline"))
        self.timeline()
        self.section(translate("PdfReport", "People"))
        self.people()
        if g["detention"]:
            self.section(translate("PdfReport", "Detention"))
            for d in g["detention"]:
                self.h3(
                    translate("PdfReport", "Detention of %1").replace(
                        "%1", self.value("detention", d["body"], "person_id")
                    )
                )
                self.fields(
                    "detention",
                    d["body"],
                    [
                        "facility_id",
                        "facility_name",
                        "facility_code",
                        "city",
                        "detaining_authority",
                        "from_date",
                        "to_date",
                        "hours_before_registration",
                        "lawyer_access",
                        "family_access",
                        "charges",
                        "conditions",
                    ],
                )
        self.section(translate("PdfReport", "Incidents"))
        if not g["incident"]:
            self.para(translate("PdfReport", "No incident is recorded."), muted=True)
        for inc in g["incident"]:
            b = inc["body"]
            self.h3(
                " · ".join(x for x in (b.get("date"), b.get("time"), b.get("place")) if x)
                or translate("PdfReport", "Incident")
            )
            self.fields(
                "incident",
                b,
                [
                    "facility_id",
                    "city",
                    "victim_ids",
                    "methods",
                    "methods_other",
                    "narrative",
                    "perpetrator_ids",
                    "perpetrators_unidentified",
                    "witness_ids",
                    "consequences",
                ],
            )
        self.section(translate("PdfReport", "Medical findings"))
        if not g["medical_exam"]:
            self.para(translate("PdfReport", "No medical examination is recorded."), muted=True)
        for exam in g["medical_exam"]:
            b = exam["body"]
            self.h3(
                translate("PdfReport", "Examination of %1, %2")
                .replace("%1", self.value("medical_exam", b, "person_id"))
                .replace("%2", b.get("date") or "—")
            )
            self.fields(
                "medical_exam",
                b,
                ["examiner", "methods", "physical_findings", "overall_consistency", "conclusions"],
            )
            self.lesions(exam, photos=not annex)
        self.legal_companions()
        self.section(translate("PdfReport", "Complaints and outcomes"))
        self.complaints()
        if g["evidence"]:
            self.section(translate("PdfReport", "Evidence files"))
            rows = []
            for ev in g["evidence"]:
                b = ev["body"]
                rows.append(
                    [
                        self.value("evidence", b, "type"),
                        b.get("filename") or "",
                        (b.get("captured_at") or "").replace("T", " "),
                        (b.get("sha256") or "")[:16] + "…",
                    ]
                )
            self.grid(
                [
                    translate("PdfReport", "Type"),
                    translate("PdfReport", "File"),
                    translate("PdfReport", "Captured"),
                    "SHA-256",
                ],
                rows,
            )
            self.para(
                translate(
                    "PdfReport", "Each file's full SHA-256 and chain of custody are in the archive."
                ),
                muted=True,
            )

    def timeline(self) -> None:
        g = self.data["groups"]
        events: list[tuple[str, str]] = []
        case = self.data["case"]["body"]
        if case.get("opened_on"):
            events.append((case["opened_on"], translate("PdfReport", "Case opened")))
        for d in g["detention"]:
            b = d["body"]
            where = (
                self.value("detention", b, "facility_id")
                if b.get("facility_id")
                else (b.get("facility_name") or "")
            )
            who = self.value("detention", b, "person_id")
            if b.get("from_date"):
                events.append(
                    (
                        b["from_date"],
                        translate("PdfReport", "%1 detained (%2)")
                        .replace("%1", who)
                        .replace("%2", where or "—"),
                    )
                )
            if b.get("to_date"):
                events.append(
                    (
                        b["to_date"],
                        translate("PdfReport", "%1 released or moved").replace("%1", who),
                    )
                )
        for inc in g["incident"]:
            b = inc["body"]
            if b.get("date"):
                methods = self.value("incident", b, "methods") if b.get("methods") else ""
                events.append(
                    (
                        b["date"],
                        translate("PdfReport", "Incident: %1").replace(
                            "%1", ", ".join(x for x in (b.get("place"), methods) if x) or "—"
                        ),
                    )
                )
        for it in g["interview"]:
            b = it["body"]
            if b.get("date"):
                who = (
                    self.value("interview", b, "interviewee_id")
                    if b.get("interviewee_id")
                    else self.value("interview", b, "relation")
                )
                events.append(
                    (b["date"], translate("PdfReport", "Interview: %1").replace("%1", who))
                )
        for exam in g["medical_exam"]:
            b = exam["body"]
            if b.get("date"):
                events.append((b["date"], translate("PdfReport", "Medical examination")))
        for c in g["complaint"]:
            b = c["body"]
            to = self.value("complaint", b, "body")
            if b.get("filed_on"):
                events.append(
                    (b["filed_on"], translate("PdfReport", "Complaint to %1").replace("%1", to))
                )
            if b.get("outcome_on") and b.get("status"):
                events.append(
                    (
                        b["outcome_on"],
                        f"{to}: {self.value('complaint', b, 'status')}",
                    )
                )
        if case.get("closed_on"):
            events.append((case["closed_on"], translate("PdfReport", "Case closed")))
        events.sort(key=lambda e: e[0])
        if not events:
            self.para(translate("PdfReport", "No dated event is recorded."), muted=True)
            return
        self.grid(
            [translate("PdfReport", "Date"), translate("PdfReport", "What happened")],
            [[d, w] for d, w in events],
        )

    def people(self) -> None:
        rows = []
        for p in self.data["groups"]["person"]:
            b = p["body"]
            flags = []
            for flag in ("protected", "do_not_contact", "minor", "disability"):
                if b.get(flag) is True:
                    flags.append(labels.flag_label(flag))
            if b.get("reprisal_risk") in ("high", "medium"):
                flags.append(labels.flag_label("reprisal_risk"))
            born = b.get("date_of_birth") or (str(b["age"]) if b.get("age") is not None else "")
            born = (
                value_text(schema.get_kind("person").field("date_of_birth"), born, self.titles)
                if born
                else "—"
            )
            rows.append(
                [
                    p["title"],
                    self.value("person", b, "roles"),
                    self.value("person", b, "gender"),
                    born,
                    ", ".join(flags) or "—",
                ]
            )
        if not rows:
            self.para(translate("PdfReport", "No person is recorded."), muted=True)
            return
        self.grid(
            [
                translate("PdfReport", "Name or pseudonym"),
                translate("PdfReport", "Role"),
                translate("PdfReport", "Gender"),
                translate("PdfReport", "Born"),
                translate("PdfReport", "Notes"),
            ],
            rows,
        )

    def complaints(self) -> None:
        rows = []
        for c in self.data["groups"]["complaint"]:
            b = c["body"]
            rows.append(
                [
                    self.value("complaint", b, "body")
                    + (f"\n{b['addressee']}" if b.get("addressee") else ""),
                    b.get("filed_on") or "—",
                    b.get("reference_number") or b.get("registration_number") or "—",
                    self.value("complaint", b, "status"),
                    b.get("outcome_on") or "—",
                    b.get("response") or "",
                ]
            )
        if not rows:
            self.para(translate("PdfReport", "No complaint is recorded."), muted=True)
            return
        self.grid(
            [
                translate("PdfReport", "Addressed to"),
                translate("PdfReport", "Filed"),
                translate("PdfReport", "Number"),
                translate("PdfReport", "Status"),
                translate("PdfReport", "As of"),
                translate("PdfReport", "Response"),
            ],
            rows,
        )
        for c in self.data["groups"]["complaint"]:
            if c["body"].get("steps"):
                self.legal_path(c["body"])
            if c["body"].get("reprisals"):
                self.fields("complaint", c["body"], ["reprisals"])

    def legal_path(self, body: dict[str, Any]) -> None:
        """A complaint's steps: appeals, court, UN communications, in the order filed."""
        self.h3(
            translate("PdfReport", "Legal path of the complaint of %1")
            .replace("%1", body.get("filed_on") or "—")
        )
        fields = {f.name: f for f in schema.LEGAL_STEP_FIELDS}
        rows = []
        for step in body["steps"]:  # in the order filed (app.usecases.reports)
            rows.append(
                [value_text(fields["step"], step.get("step"), self.titles)
                 + (f"\n{value_text(fields['body'], step['body'], self.titles)}"
                    if step.get("body") else ""),
                 step.get("filed_on") or "—",
                 step.get("reference_number") or "—",
                 value_text(fields["outcome"], step.get("outcome"), self.titles)
                 if step.get("outcome") else "—",
                 step.get("decided_on") or "—"]
            )
        self.grid(
            [
                translate("PdfReport", "Step"),
                translate("PdfReport", "Filed"),
                translate("PdfReport", "Number"),
                translate("PdfReport", "Outcome"),
                translate("PdfReport", "Decided"),
            ],
            rows,
        )

    def legal_companions(self) -> None:
        """State forensic examinations, a death in custody, reprisals: every field given."""
        g = self.data["groups"]
        sections = (
            ("state_exam", translate("PdfReport", "State forensic examinations")),
            ("death_in_custody", translate("PdfReport", "Death in custody")),
            ("reprisal", translate("PdfReport", "Reprisals")),
        )
        for kind, title in sections:
            if not g.get(kind):
                continue
            self.section(title)
            names = [f.name for f in schema.get_kind(kind).fields if f.name != "case_id"]
            for item in g[kind]:
                self.h3(schema.display_title(kind, item["body"], i18n.current()))
                self.fields(kind, item["body"], names)

    def lesions(self, exam: dict[str, Any], *, photos: bool) -> None:
        lesions = exam.get("lesions") or []
        if not lesions:
            return
        rows = []
        for les in lesions:
            b = les["body"]
            size = " × ".join(str(b[k]) for k in ("length_mm", "width_mm") if b.get(k))
            rows.append(
                [
                    b.get("marker") or "",
                    self.value("lesion", b, "body_region"),
                    self.value("lesion", b, "type"),
                    translate("PdfReport", "%1 mm").replace("%1", size) if size else "—",
                    b.get("colour") or "—",
                    self.value("lesion", b, "estimated_age"),
                    self.value("lesion", b, "consistency"),
                ]
            )
        self.grid(
            [
                translate("PdfReport", "Mark"),
                translate("PdfReport", "Region"),
                translate("PdfReport", "Type"),
                translate("PdfReport", "Size"),
                translate("PdfReport", "Colour"),
                translate("PdfReport", "Age"),
                translate("PdfReport", "Consistency"),
            ],
            rows,
        )
        views_used = [
            v
            for v in ("front", "back", "left", "right", "head", "hands", "feet")
            if any(les["body"].get("view") == v for les in lesions)
        ]
        cells = []
        for v in views_used:
            image = diagram_image(v, lesions)
            width = round(image.width() * DIAGRAM_H / max(image.height(), 1))
            cells.append(
                self.image(
                    f"diagram/{exam['record_id']}/{v}",
                    image,
                    width,
                    labels.vocab_label("body_view", v),
                )
            )
        self.images_row(cells, 3)
        if photos:
            self.photos(exam)

    def photos(self, exam: dict[str, Any], *, title: bool = True) -> None:
        cells = []
        for les in exam.get("lesions") or []:
            for shot in les["photos"]:
                image = QtGui.QImage.fromData(shot["data"])
                if image.isNull():
                    continue
                caption = les["body"].get("marker") or ""
                if shot.get("captured_at"):
                    caption += " · " + shot["captured_at"].replace("T", " ")
                cells.append(self.image(f"photo/{shot['record_id']}", image, PHOTO_W, caption))
        if cells:
            if title:
                heading_ = translate("PdfReport", "Photographs")
                self.add(f"<p><b>{_e(heading_)}</b></p>")
            self.images_row(cells, 2)

    # -- the Istanbul Protocol annex ----------------------------------------------------------

    def annex(self, first: bool) -> None:
        exams = self.data["groups"]["medical_exam"]
        if not first:  # after the case report; alone, the title block names it already
            self.h1(translate("PdfReport", "Istanbul Protocol medical annex"), new_page=True)
        self.para(
            translate(
                "PdfReport",
                "Set out in the order of the Istanbul Protocol's guidelines for "
                "medico-legal evaluations (Annex IV). The degree of consistency uses the "
                "Protocol's scale: not consistent, consistent, highly consistent, typical "
                "of, diagnostic of.",
            ),
            muted=True,
        )
        if not exams:
            self.para(translate("PdfReport", "No medical examination is recorded."), muted=True)
        for n, exam in enumerate(exams):
            b = exam["body"]
            if n:
                self.add("<p style='page-break-before: always'></p>")
            self.h2(
                translate("PdfReport", "Examination %1 of %2: %3, %4")
                .replace("%1", str(n + 1))
                .replace("%2", str(len(exams)))
                .replace("%3", self.value("medical_exam", b, "person_id"))
                .replace("%4", b.get("date") or "—")
            )
            sections = [
                (
                    translate("PdfReport", "I. Case information"),
                    [
                        "person_id",
                        "date",
                        "start_time",
                        "end_time",
                        "place",
                        "institution_type",
                        "present",
                        "police_present",
                        "time_limits",
                        "consent_evaluation",
                        "consent_photos",
                        "consent_notes",
                        "clinician_gender",
                        "interpreter_gender",
                    ],
                ),
                (translate("PdfReport", "II. Clinician's qualifications"), ["examiner"]),
                (
                    translate("PdfReport", "III. Background and history"),
                    ["history_before", "history_after"],
                ),
                (
                    translate("PdfReport", "IV. Allegations of torture and ill-treatment"),
                    ["allegations", "methods"],
                ),
                (translate("PdfReport", "V. Physical and psychological symptoms"), ["symptoms"]),
                (translate("PdfReport", "VI. Physical examination"), ["physical_findings"]),
            ]
            for title, names in sections:
                self.h3(title)
                if not any(b.get(x) not in (None, "", [], {}) for x in names):
                    self.para(translate("PdfReport", "Not recorded."), muted=True)
                self.fields("medical_exam", b, names)
            self.lesions(exam, photos=False)
            for title, names in (
                (
                    translate("PdfReport", "VII. Psychological evaluation"),
                    ["psychological_evaluation"],
                ),
                (translate("PdfReport", "VIII. Photographs"), []),
                (translate("PdfReport", "IX. Diagnostic tests"), ["diagnostic_tests"]),
                (
                    translate("PdfReport", "X. Interpretation of findings"),
                    ["interpretation", "overall_consistency"],
                ),
                (
                    translate("PdfReport", "XI. Conclusions and recommendations"),
                    ["conclusions", "recommendations", "referral"],
                ),
                (
                    translate("PdfReport", "XII. Clinician's statement and signature"),
                    ["attestation"],
                ),
            ):
                self.h3(title)
                if not names:  # VIII: the photographs
                    before = len(self.parts)
                    self.photos(exam, title=False)
                    if len(self.parts) == before:
                        self.para(
                            translate("PdfReport", "No photograph is attached to the lesions."),
                            muted=True,
                        )
                    continue
                if not any(b.get(x) not in (None, "", [], {}) for x in names):
                    self.para(translate("PdfReport", "Not recorded."), muted=True)
                self.fields("medical_exam", b, names)

    def html(self) -> str:
        css = (
            "body { color: #1b1f24; }"
            "h1 { font-size: 17pt; color: #1d5a78; margin: 0 0 6px 0; }"
            "h2 { font-size: 13pt; color: #1d5a78; margin: 16px 0 6px 0; }"
            "h3 { font-size: 10.5pt; margin: 12px 0 4px 0; }"
            "p { margin: 0 0 6px 0; } .muted { color: #4f5a66; }"
            "p.kicker { color: #9b1c1c; font-weight: bold; font-size: 8.5pt; }"
            "p.case { font-size: 13pt; font-weight: bold; margin-bottom: 8px; }"
            "td.label { color: #4f5a66; padding-right: 12px; }"
            "table.grid { border-collapse: collapse; }"
            "table.grid th { background: #e9edf1; text-align: left; font-size: 8.5pt; }"
            "table.grid td { border-bottom: 1px solid #c9d0d8; font-size: 8.5pt; }"
        )
        return f"<html><head><style>{css}</style></head><body>{''.join(self.parts)}</body></html>"


def diagram_image(view: str, lesions: list[dict[str, Any]]) -> QtGui.QImage:
    """One body view with its lesion marks, drawn like the form's diagram (no widget:
    this runs on the worker thread)."""
    from ui.field.diagram import FOLDER

    renderer = QtSvg.QSvgRenderer(str(FOLDER / f"{view}.svg"))
    size = renderer.defaultSize()
    scale = 3.0 * DIAGRAM_H / max(size.height(), 1)  # drawn at 3x for print
    w, h = round(size.width() * scale), round(size.height() * scale)
    image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("#ffffff"))
    p = QtGui.QPainter(image)
    p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, w, h))
    font = QtGui.QFont("DejaVu Sans")
    font.setPixelSize(round(h / 24))
    font.setBold(True)
    p.setFont(font)
    radius = h / 50
    for les in lesions:
        b = les["body"]
        if b.get("view") != view or b.get("x") is None or b.get("y") is None:
            continue
        cx, cy = w * b["x"] / 1000, h * b["y"] / 1000
        p.setPen(QtGui.QPen(QtGui.QColor("#ffffff"), radius / 3))
        p.setBrush(QtGui.QColor("#b42318"))
        p.drawEllipse(QtCore.QPointF(cx, cy), radius, radius)
        label = b.get("marker") or ""
        if label:
            p.setPen(QtGui.QColor("#9b1c1c"))
            p.drawText(
                QRectF(cx + radius * 1.4, cy - radius * 1.5, h / 4, radius * 3),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
    p.end()
    return image


def pdf_font(points: float) -> QtGui.QFont:
    """DejaVu Sans (Cyrillic and Kazakh letters), without ligatures: "fi" stays two
    letters, so the text is found by search and copied right out of the PDF."""
    font = QtGui.QFont("DejaVu Sans")
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QtGui.QFont.Tag(tag), 0)
    return font


def render_pdf(
    data: dict[str, Any], *, report: bool, annex: bool, prepared_for: str, cancel: Any = None
) -> bytes:
    """The PDF as bytes, made in memory (QBuffer): nothing touches the disk."""
    b = Builder(data)
    b.title_block(prepared_for, annex_only=annex and not report)
    if report:
        b.case_report(annex)
    if annex:
        b.annex(first=not report)
    if cancel is not None and cancel.is_set():
        raise_cancelled()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    writer.setPageMargins(QtCore.QMarginsF(16, 14, 16, 14), QtGui.QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    writer.setTitle(
        translate("PdfReport", "Case report")
        if report
        else translate("PdfReport", "Istanbul Protocol medical annex")
    )
    writer.setCreator("Qorgau")
    doc = QtGui.QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(pdf_font(9.5))
    for url, image in b.images.items():
        doc.addResource(QtGui.QTextDocument.ResourceType.ImageResource, QtCore.QUrl(url), image)
    doc.setHtml(b.html())
    width, height = writer.width(), writer.height()
    band = 26
    body_h = height - 2 * band
    doc.setPageSize(QtCore.QSizeF(width, body_h))
    pages = doc.pageCount()
    footer = translate("PdfReport", "Qorgau — confidential — page %1 of %2")
    made = dt.datetime.now().strftime("%Y-%m-%d")
    painter = QtGui.QPainter(writer)
    small = pdf_font(7.5)
    for page in range(pages):
        if cancel is not None and cancel.is_set():
            painter.end()
            raise_cancelled()
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, band - page * body_h)
        clip = QRectF(0, page * body_h, width, body_h)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()
        painter.setFont(small)
        painter.setPen(QtGui.QColor("#4f5a66"))
        painter.drawText(
            QRectF(0, height - band + 8, width, band - 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            footer.replace("%1", str(page + 1)).replace("%2", str(pages)),
        )
        painter.drawText(
            QRectF(0, height - band + 8, width, band - 8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            made,
        )
        painter.drawLine(0, band - 6, int(width), band - 6)
        painter.drawText(
            QRectF(0, 0, width, band - 8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            data["case"]["title"][:90],
        )
    painter.end()
    del writer
    buffer.close()
    return bytes(buffer.data())


class _Thread(QtCore.QThread):
    def __init__(self, fn: Any) -> None:
        super().__init__()
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # handed back to the caller's thread
            self.error = exc


def in_qthread(fn: Any) -> Any:
    """Run `fn` in a QThread and wait for it. QTextDocument lays out long documents with
    a timer, which needs a thread with an event dispatcher: the database worker (a
    Python thread) has none."""
    thread = _Thread(fn)
    thread.start()
    thread.wait()
    error, result = thread.error, thread.result
    del thread  # no parent: deleted with its Python wrapper
    if error is not None:
        raise error
    return result


def raise_cancelled() -> None:
    from storage.errors import Cancelled

    raise Cancelled("the report was cancelled: nothing was written")


def make_report(
    session: Any,
    case_id: str,
    path: Path,
    *,
    report: bool,
    annex: bool,
    reveal: bool,
    photos: bool,
    prepared_for: str,
    job: Any,
) -> dict[str, Any]:
    """On the worker: the use case gathers, writes once and notes the export; Qt lays
    the PDF out (on a QThread of its own, see in_qthread)."""

    def render(data: dict[str, Any]) -> bytes:
        return in_qthread(
            lambda: render_pdf(
                data, report=report, annex=annex, prepared_for=prepared_for, cancel=job.cancel
            )
        )

    parts = [p for p, on in (("case_report", report), ("istanbul_annex", annex)) if on]
    return reports.write_case_report(
        session,
        case_id,
        path,
        render=render,
        parts=parts,
        reveal=reveal,
        photos=photos,
        prepared_for=prepared_for,
        language=i18n.current(),
        progress=job.report,
        cancel=job.cancel,
    )


# --- the page ---------------------------------------------------------------------------------


class ReportPage(DeskPage):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.cases: list[dict[str, Any]] = []
        self.wanted: str | None = None
        self.last_path: str | None = None
        lay = self.skeleton(
            translate("PdfReport", "PDF reports"),
            translate(
                "PdfReport",
                "A case report for a prosecutor, a court or a UN body, and the Istanbul "
                "Protocol medical annex, in the language of this window.",
            ),
        )
        left = QtWidgets.QWidget()
        ll = QtWidgets.QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(translate("PdfReport", "Find a case…"))
        self.search.setClearButtonEnabled(True)
        ll.addWidget(self.search)
        self.list = QtWidgets.QListWidget()
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(240)  # long case titles wrap
        self.list.currentRowChanged.connect(self._chosen)
        ll.addWidget(self.list, 1)
        right = QtWidgets.QWidget()
        rl = QtWidgets.QVBoxLayout(right)
        rl.setContentsMargins(12, 0, 0, 0)
        rl.setSpacing(8)
        self.case_title = QtWidgets.QLabel(translate("PdfReport", "Choose a case on the left."))
        set_role(self.case_title, "subtitle")
        self.case_title.setWordWrap(True)
        rl.addWidget(self.case_title)
        box = QtWidgets.QGroupBox(translate("PdfReport", "What the PDF holds"))
        bl = QtWidgets.QVBoxLayout(box)
        self.part_report = QtWidgets.QCheckBox(translate("PdfReport", "&Case report"))
        self.part_annex = QtWidgets.QCheckBox(
            translate("PdfReport", "Istanbul Protocol medical &annex")
        )
        self.photos = QtWidgets.QCheckBox(translate("PdfReport", "&Photographs of the lesions"))
        self.reveal = QtWidgets.QCheckBox(
            translate("PdfReport", "Show the real &identities of protected people")
        )
        helps = [
            translate(
                "PdfReport",
                "Summary, timeline, people, detention, incidents, medical findings with the "
                "body diagrams, complaints and outcomes, evidence files.",
            ),
            translate("PdfReport", "One section per examination, in the Protocol's order."),
            translate("PdfReport", "Copies without GPS position or camera data."),
            translate(
                "PdfReport",
                "Off: protected people appear by their pseudonym, without name, date of birth "
                "or contact details.",
            ),
        ]
        for w in (self.part_report, self.part_annex, self.photos):
            w.setChecked(True)
        for w, text in zip(
            (self.part_report, self.part_annex, self.photos, self.reveal), helps, strict=True
        ):
            bl.addWidget(w)
            help_ = QtWidgets.QLabel(text)
            help_.setWordWrap(True)
            help_.setContentsMargins(24, 0, 0, 6)
            set_role(help_, "help")
            bl.addWidget(help_)
        rl.addWidget(box)
        form = QtWidgets.QFormLayout()
        self.prepared_for = QtWidgets.QLineEdit()
        self.prepared_for.setPlaceholderText(
            translate(
                "PdfReport", "e.g. Prosecutor's office of Taraz; UN Committee against Torture"
            )
        )
        form.addRow(translate("PdfReport", "Prepared &for"), self.prepared_for)
        lang = QtWidgets.QLabel(i18n.LANGS.get(i18n.current(), ""))
        form.addRow(translate("PdfReport", "Language"), lang)
        rl.addLayout(form)
        warn = QtWidgets.QLabel(
            translate(
                "PdfReport",
                "A PDF file is not encrypted: anyone who gets the file, the USB stick or the "
                "e-mail can read it. Qorgau writes it only where you choose, records in the "
                "custody log who it was for, and keeps no other copy.",
            )
        )
        warn.setWordWrap(True)
        set_role(warn, "calm")
        rl.addWidget(warn)
        # Consent (issue 10): what the report will leave out, and why, before it is made.
        self.disclosure = QtWidgets.QLabel()
        self.disclosure.setWordWrap(True)
        set_role(self.disclosure, "calm")
        self.disclosure.hide()
        rl.addWidget(self.disclosure)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        self.go = button(translate("PdfReport", "&Make the PDF…"), primary=True)
        self.go.clicked.connect(self.make)
        row.addWidget(self.go)
        rl.addLayout(row)
        rl.addWidget(self.strip)
        rl.addWidget(self.message)
        rl.addStretch(1)
        # The choices scroll on a short screen (1280×720 at 125 %) rather than squeeze
        # their explanations into slivers.
        lay.addWidget(self.splitter(left, windows.scrolling(right), [440, 700], (2, 3)), 1)
        self.timer = self.debounced(self.refresh)
        self.search.textChanged.connect(self.timer.start)
        self.go.setEnabled(False)

    def refresh(self) -> None:
        s = self.app.session
        if s is None:
            return
        text = self.search.text()
        self.app.tasks.run(
            lambda job: custody.find_records(s, text, "case"), owner=self, on_done=self._found
        )

    def choose_case(self, case_id: str) -> None:
        self.wanted = case_id
        s = self.app.session
        if s is None:
            return
        self.app.tasks.run(
            lambda job: custody.find_records(s, "", "case", limit=5000),
            owner=self,
            on_done=self._found,
        )

    def _found(self, rows: list[dict[str, Any]]) -> None:
        self.cases = rows
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            self.list.addItem(r["title"])
        self.list.blockSignals(False)
        index = next((i for i, r in enumerate(rows) if r["record_id"] == self.wanted), -1)
        if index >= 0:
            self.list.setCurrentRow(index)
            self.wanted = None

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def _chosen(self, _row: int) -> None:
        c = self.current()
        self.case_title.setText(
            c["title"] if c else translate("PdfReport", "Choose a case on the left.")
        )
        self.go.setEnabled(c is not None and not self.strip.busy)
        self.disclosure.hide()
        s = self.app.session
        if c is not None and s is not None:
            from app.usecases import consent

            case_id, lang = c["record_id"], i18n.current()
            self.app.tasks.run(
                lambda job: consent.report_disclosure(s, case_id, lang),
                owner=self,
                on_done=self._disclosed,
                on_error=lambda _exc: None,
            )

    def _disclosed(self, d: dict[str, Any]) -> None:
        lines = []
        if d["lines"]:
            lines.append(
                translate("PdfReport", "Left out for lack of consent (person: what — why):")
            )
            lines += [f"• {x}" for x in d["lines"][:10]]
        if d["relatives_masked"]:
            lines.append(
                translate(
                    "PdfReport",
                    "The names of %1 relative(s) are left out: they would identify a "
                    "protected minor.",
                ).replace("%1", str(d["relatives_masked"]))
            )
        self.disclosure.setText("\n".join(lines))
        self.disclosure.setVisible(bool(lines))

    def make(self) -> None:
        c = self.current()
        s = self.app.session
        if c is None or s is None:
            return
        report, annex = self.part_report.isChecked(), self.part_annex.isChecked()
        if not report and not annex:
            dialogs.inform(
                self,
                translate("PdfReport", "Nothing to put in the PDF"),
                translate("PdfReport", "Tick the case report, the medical annex, or both."),
                warning=True,
            )
            return
        reveal = self.reveal.isChecked()
        if (
            reveal
            and dialogs.ask(
                self,
                translate("PdfReport", "Show protected identities?"),
                translate(
                    "PdfReport",
                    "The PDF will name the protected people and give their dates of birth and "
                    "contact details. Anyone who reads the file can put them at risk. Do this "
                    "only for a recipient who must know, and who can keep it safe.",
                ),
                [
                    ("reveal", translate("PdfReport", "Show them")),
                    ("cancel", translate("PdfReport", "Keep them masked")),
                ],
                default="cancel",
                icon=QtWidgets.QMessageBox.Icon.Warning,
            )
            != "reveal"
        ):
            return
        if (
            dialogs.ask(
                self,
                translate("PdfReport", "A PDF is not encrypted"),
                translate(
                    "PdfReport",
                    "The PDF will be written in plaintext where you choose. Anyone who gets the "
                    "file can read it. Put it only on the medium it must travel on, and delete it "
                    "once it has been delivered.",
                ),
                [
                    ("go", translate("PdfReport", "Choose where…")),
                    ("cancel", translate("PdfReport", "Cancel")),
                ],
                default="go",
                icon=QtWidgets.QMessageBox.Icon.Warning,
            )
            != "go"
        ):
            return
        # A generic name in the reader's language: no case data in a file name, which
        # stays readable on the stick whatever the PDF's protection.
        name = (translate("PdfReport", "case-report") if report else
                translate("PdfReport", "istanbul-protocol-annex")) + ".pdf"
        path = dialogs.pick_save_file(self, translate("PdfReport", "Save the PDF"), name)
        if not path:
            return
        session, case_id = s, c["record_id"]
        photos, prepared_for = self.photos.isChecked(), self.prepared_for.text()
        job = self.app.tasks.run(
            lambda job: make_report(
                session,
                case_id,
                Path(path),
                report=report,
                annex=annex,
                reveal=reveal,
                photos=photos,
                prepared_for=prepared_for,
                job=job,
            ),
            owner=self,
            on_done=self._made,
            on_error=self._failed,
        )
        self.strip.start(job, translate("PdfReport", "Laying out the PDF…"))
        self.go.setEnabled(False)
        self.message.setText("")

    def _made(self, result: dict[str, Any]) -> None:
        self.strip.finish()
        self.go.setEnabled(self.current() is not None)
        self.last_path = result["path"]
        from ui.labels import human_size

        self.say(
            translate(
                "PdfReport",
                "Written (plaintext, %1): %2\nThe export is recorded in the "
                "custody log of every record in it.",
            )
            .replace("%1", human_size(result["size"]))
            .replace("%2", result["path"])
        )

    def _failed(self, exc: BaseException) -> None:
        self.strip.finish()
        self.go.setEnabled(self.current() is not None)
        self.say(dialogs.error_text(exc), "error")
