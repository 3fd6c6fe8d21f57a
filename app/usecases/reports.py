"""Case reports: what a report of a case shows, gathered in plain data (protected
people masked unless revealed on purpose), and writing the PDF once (mode 0600,
atomically) with the export in the custody log of every record in it.

Laying the PDF out needs Qt, which the core never imports: the desktop passes its
renderer (the data in, the PDF bytes out); the rule of what goes in, how the file is
written and what is written to the audit log stays here.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import present, schema
from app.usecases.custody import note_export
from app.usecases.lookups import Progress
from app.usecases.session import Session
from storage.errors import Cancelled, InvalidInput

PARTS = ("case_report", "istanbul_annex")

REPORT_KINDS = ("person", "detention", "interview", "incident", "medical_exam", "complaint",
                "evidence", "state_exam", "death_in_custody", "reprisal")
MAX_PHOTOS = 24
# A report leaves the vault: besides the fields the schema marks identifying (name,
# other names, contact), a protected person's date of birth and age are left out too,
# since with a city and a case they point to one person.
REPORT_HIDDEN = ("date_of_birth", "age")


def _report_masked(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    shown = present.masked(kind, body)
    if present.is_protected(kind, body):
        shown = {k: (present.MASK if k in REPORT_HIDDEN else v) for k, v in shown.items()}
    return shown


def _persontitle(body: dict[str, Any], title: str, reveal: bool) -> str:
    if reveal and present.is_protected("person", body):
        name = body.get("full_name") or title
        return f"{name} ({body['pseudonym']})" if body.get("pseudonym") else name
    return title


def case_report(session: Session, case_id: str, *, reveal: bool = False, photos: bool = True,
                lang: str = "en") -> dict[str, Any]:
    """Everything a case report shows, in plain data. Protected people are masked
    (app.present) unless `reveal`; photographs are the metadata-stripped display copies
    (never the originals), at most MAX_PHOTOS."""
    records = session.records
    db = session.db
    case = records.get(case_id, include_deleted=False)
    if case.kind != "case":
        raise InvalidInput("a case report is made from a case")
    groups: dict[str, list[dict[str, Any]]] = {k: [] for k in REPORT_KINDS}
    seen: set[str] = set()
    ids = [rid for _rel, rid, _k in records.linked(case_id)]
    ids += list(case.body.get("victim_ids") or [])
    for rid in ids:
        if rid in seen:
            continue
        seen.add(rid)
        row = db.one("SELECT kind, title, body, deleted FROM records WHERE record_id = ?",
                     (rid,))
        if row is None or row[3] or row[0] not in groups:
            continue
        body = json.loads(row[2])
        groups[row[0]].append({"record_id": rid, "title": row[1], "raw": body})
    # People named anywhere in the case (victims, perpetrators, witnesses, interviewees).
    for kind in ("detention", "interview", "incident", "medical_exam", "state_exam",
                 "death_in_custody", "reprisal"):
        for item in groups[kind]:
            for _path, rid in schema.references(kind, item["raw"]):
                if rid in seen:
                    continue
                row = db.one("SELECT kind, title, body, deleted FROM records WHERE"
                             " record_id = ?", (rid,))
                if row and row[0] == "person" and not row[3]:
                    seen.add(rid)
                    groups["person"].append({"record_id": rid, "title": row[1],
                                             "raw": json.loads(row[2])})
    titles: dict[str, str] = {}
    for kind, items in groups.items():
        for item in items:
            raw = item.pop("raw")
            if kind == "person":
                item["title"] = _persontitle(raw, item["title"], reveal)
                item["protected"] = present.is_protected("person", raw)
            item["body"] = raw if reveal else _report_masked(kind, raw)
            titles[item["record_id"]] = item["title"]
    refs = {rid for kind, items in groups.items() for it in items
            for _p, rid in schema.references(kind, it["body"])}
    for rid in refs - set(titles):
        row = db.one("SELECT kind, title, body FROM records WHERE record_id = ?", (rid,))
        if row:
            titles[rid] = _persontitle(json.loads(row[2]), row[1], reveal) \
                if row[0] == "person" else row[1]
    photo_count = 0
    photo_data: dict[str, bytes] = {}

    def display(sha: str | None) -> bytes | None:
        nonlocal photo_count
        if not photos or not sha or photo_count >= MAX_PHOTOS:
            return None
        if sha in photo_data:
            return photo_data[sha]
        row = db.one("SELECT data FROM derivatives WHERE sha256 = ? AND kind = 'display'",
                     (sha,))
        if row is None:
            return None
        photo_count += 1
        photo_data[sha] = bytes(row[0])
        return photo_data[sha]

    evidence_by_id = {e["record_id"]: e for e in groups["evidence"]}
    for exam in groups["medical_exam"]:
        lesions = []
        for _rel, rid, kind in records.linked(exam["record_id"]):
            if kind != "lesion":
                continue
            les = records.get(rid)
            shots = []
            for pid in les.body.get("photo_ids") or []:
                ev = evidence_by_id.get(pid)
                if ev is None:
                    row = db.one("SELECT body FROM records WHERE record_id = ? AND"
                                 " deleted = 0", (pid,))
                    ev = {"record_id": pid, "body": json.loads(row[0])} if row else None
                if ev is not None:
                    data = display(ev["body"].get("sha256"))
                    if data:
                        shots.append({"record_id": pid, "data": data,
                                      "sha256": ev["body"].get("sha256"),
                                      "captured_at": ev["body"].get("captured_at")})
            lesions.append({"record_id": rid, "title": les.title, "body": les.body,
                            "photos": shots})
        lesions.sort(key=lambda x: _marker_key(x["body"].get("marker") or ""))
        exam["lesions"] = lesions
    for ev in groups["evidence"]:
        ev["data"] = display(ev["body"].get("sha256")) \
            if str(ev["body"].get("mime", "")).startswith("image/") else None
    for items in groups.values():
        items.sort(key=lambda it: (_date_of(it["body"]) or "9999", it["title"]))
    # A complaint's legal path in the order its steps were filed (the report reads it so).
    for c in groups["complaint"]:
        if c["body"].get("steps"):
            c["body"] = {**c["body"], "steps": sorted(
                c["body"]["steps"], key=lambda st: st.get("filed_on") or "")}
    data = {"case": {"record_id": case.record_id, "title": case.title,
                     "body": case.body, "updated_at": case.updated_at,
                     "conflict": case.in_conflict},
            "groups": groups, "titles": titles, "reveal": reveal,
            "archive": session.device_name,
            "record_ids": sorted({case_id, *titles, *(it["record_id"] for items in
                                                      groups.values() for it in items)})}
    # Consent (issue 10): what the people did not consent to submit is left out, noted.
    from app.usecases.report_consent import redact_case_report

    return redact_case_report(session, data, reveal=reveal, lang=lang)


def _marker_key(marker: str) -> tuple[int, str]:
    digits = "".join(c for c in marker if c.isdigit())
    return (int(digits) if digits else 10**6, marker)


def _date_of(body: dict[str, Any]) -> str | None:
    for name in ("date", "from_date", "filed_on", "opened_on", "started_at", "captured_at"):
        value = body.get(name)
        if isinstance(value, str) and value[:1].isdigit():
            return value
    return None


def write_case_report(session: Session, case_id: str, path: Path, *,
                      render: Callable[[dict[str, Any]], bytes], parts: list[str],
                      reveal: bool = False, photos: bool = True, prepared_for: str = "",
                      language: str = "en", progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> dict[str, Any]:
    """Gather the case (case_report), lay it out (`render`), write the PDF once and note
    the export. A cancel before the write leaves no file."""
    parts = [p for p in PARTS if p in parts]
    if not parts:
        raise InvalidInput("choose what the PDF holds: the case report, the annex, or both")
    data = case_report(session, case_id, reveal=reveal, photos=photos, lang=language)
    if progress is not None:
        progress(1, 4)
    pdf = render(data)
    if progress is not None:
        progress(3, 4)
    if cancel is not None and cancel.is_set():
        raise Cancelled("the report was cancelled: nothing was written")
    with session.vault.write_out(Path(path)) as fh:  # a killed write is removed later
        fh.write(pdf)
    note_export(session, "pdf", data["record_ids"], prepared_for, revealed=reveal,
                detail={"case_id": case_id, "parts": parts, "file": Path(path).name,
                        "language": language})
    if progress is not None:
        progress(4, 4)
    return {"path": str(path), "size": len(pdf)}
