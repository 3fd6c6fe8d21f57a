"""An unlocked vault and the read queries the screens need.

Everything here runs on the database worker thread (ui.tasks), never on the GUI
thread; it calls only the core's public functions and returns plain data.
"""

from __future__ import annotations

import json
from typing import Any

from app import drafts, schema, search
from app import settings as vault_settings
from app.records import Records
from storage import audit
from storage.vault import Vault
from ui import i18n


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.records = Records(vault)
        self.db = vault.db

    @property
    def device_name(self) -> str:
        return self.vault.identity.name


def summary(db: Any, record_id: str) -> dict[str, Any] | None:
    row = db.one("SELECT record_id, kind, title, date, city, status, flags, body, deleted"
                 " FROM records WHERE record_id = ?", (record_id,))
    if row is None:
        return None
    body = json.loads(row[7])
    lang = i18n.current()
    title = row[2] if lang == "en" or row[8] else schema.display_title(row[1], body, lang)
    return {"record_id": row[0], "kind": row[1], "title": title, "date": row[3],
            "city": row[4], "status": row[5], "flags": row[6].split(),
            "body": body, "deleted": bool(row[8])}


def case_view(s: Session, case_id: str) -> dict[str, Any]:
    """A case and everything that points at it, grouped by kind."""
    case = s.records.get(case_id)
    groups: dict[str, list[dict[str, Any]]] = {}
    seen = set()
    for _rel, rid, _kind in s.records.linked(case_id):
        if rid in seen:
            continue
        seen.add(rid)
        item = summary(s.db, rid)
        if item and not item["deleted"]:
            groups.setdefault(item["kind"], []).append(item)
    for pid in case.body.get("victim_ids") or ():
        if pid not in seen:
            item = summary(s.db, pid)
            if item and not item["deleted"]:
                seen.add(pid)
                groups.setdefault("person", []).append(item)
    # Lesions hang from the examinations, not the case.
    for exam in groups.get("medical_exam", []):
        exam["lesions"] = [summary(s.db, rid) for _r, rid, kind in s.records.linked(
            exam["record_id"]) if kind == "lesion"]
    # NPM links: visits to the places this case's detentions happened in.
    facility_ids = {d["body"].get("facility_id") for d in groups.get("detention", [])}
    facility_ids |= {i["body"].get("facility_id") for i in groups.get("incident", [])}
    visits = []
    for fid in sorted(f for f in facility_ids if f):
        visits += search.list_records(s.db, search.Filters(kind="npm_visit", facility_id=fid),
                                      order="date", limit=50)
        fac = summary(s.db, fid)
        if fac:
            groups.setdefault("facility", []).append(fac)
    return {"case": {"record_id": case.record_id, "title": case.title, "body": case.body,
                     "index": case.index, "conflict": case.in_conflict,
                     "updated_at": case.updated_at},
            "groups": groups, "visits": visits}


def record_view(s: Session, record_id: str) -> dict[str, Any]:
    rec = s.records.get(record_id)
    ids = [rid for _p, rid in schema.references(rec.kind, rec.body)] if not rec.deleted else []
    linked = [summary(s.db, rid) for _r, rid, _k in s.records.linked(record_id)]
    return {"record_id": rec.record_id, "kind": rec.kind, "title": rec.title, "body": rec.body,
            "index": rec.index, "conflict": rec.in_conflict, "deleted": rec.deleted,
            "titles": titles(s, ids), "linked": [x for x in linked if x]}


def titles(s: Session, ids: list[str]) -> dict[str, str]:
    out = {}
    for rid in dict.fromkeys(ids):
        row = s.db.one("SELECT title FROM records WHERE record_id = ?", (rid,))
        if row:
            out[rid] = row[0]
    return out


def ref_choices(s: Session, kinds: set[str], case_id: str | None) -> dict[str, list[tuple]]:
    """Records a form's reference fields can point at: (record_id, title, flags)."""
    out: dict[str, list[tuple]] = {}
    near: set[str] = set()
    if case_id:
        near = {rid for _r, rid, _k in s.records.linked(case_id)}
    for kind in kinds:
        if kind == "any":
            continue
        rows = search.list_records(s.db, search.Filters(kind=kind), order="title",
                                   descending=False, limit=2000)
        items = [(r["record_id"], r["title"], r["flags"]) for r in rows]
        if kind in ("person", "evidence", "medical_exam", "complaint") and near:
            items.sort(key=lambda it: it[0] not in near)
            if kind != "person":
                items = [it for it in items if it[0] in near] or items
        out[kind] = items
    return out


def history(s: Session, record_id: str) -> list[dict[str, Any]]:
    names = dict(s.db.all("SELECT device_id, name FROM devices"))
    return [{"version_id": v.version_id, "author": names.get(v.author, v.author[:8]),
             "clock": v.clock, "created_at": v.created_at, "tombstone": v.tombstone,
             "body": v.body, "parents": list(v.parents)}
            for v in reversed(s.records.history(record_id))]


def custody(s: Session, record_ids: set[str]) -> list[dict[str, Any]]:
    """Audit log entries about these records (writes, attachments, exports)."""
    out = []
    for entry in audit.entries(s.db, limit=20000):
        d = entry["detail"]
        if d.get("record_id") in record_ids or d.get("parent") in record_ids:
            out.append(entry)
    return out


def evidence_items(s: Session, case_id: str) -> list[dict[str, Any]]:
    """A case's evidence files with their thumbnails (JPEG bytes, decoded by the gallery
    when shown). A few queries for any number of files: one query per file, each
    releasing and retaking the GIL, let this worker starve the GUI thread of it on a
    busy two-core laptop (bench/gui.py)."""
    rows = search.list_records(s.db, search.Filters(kind="evidence", case_id=case_id),
                               order="created", descending=False, limit=5000)
    found: dict[str, tuple[dict[str, Any], bytes | None]] = {}
    ids = [r["record_id"] for r in rows]
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for rid, body, thumb in s.db.all(
                "SELECT r.record_id, r.body, d.data FROM records r LEFT JOIN derivatives d"
                " ON d.sha256 = json_extract(r.body, '$.sha256') AND d.kind = 'thumb'"
                f" WHERE r.record_id IN ({','.join('?' * len(chunk))})", chunk):
            found[rid] = (json.loads(body), bytes(thumb) if thumb is not None else None)
    out = []
    for rid in ids:
        if rid not in found:
            continue
        body, thumb = found[rid]
        out.append({"record_id": rid, "sha256": body["sha256"],
                    "mime": body.get("mime", ""), "filename": body.get("filename", ""),
                    "size": body.get("size", 0), "type": body.get("type"),
                    "captured_at": body.get("captured_at"), "gps": bool(body.get("gps")),
                    "thumb": thumb})
    return out


def previous_visit(s: Session, facility_id: str, before: str | None = None
                   ) -> dict[str, Any] | None:
    """The latest NPM visit to this facility (its recommendations carry over)."""
    rows = search.list_records(s.db, search.Filters(kind="npm_visit", facility_id=facility_id),
                               order="date", descending=True, limit=20)
    for r in rows:
        if before is None or (r["date"] or "") <= before[:10]:
            rec = s.records.get(r["record_id"])
            return {"record_id": rec.record_id, "body": rec.body, "title": rec.title}
    return None


def load_settings(s: Session) -> dict[str, Any]:
    return {name: vault_settings.get(s.db, name) for name in vault_settings.DEFAULTS}


def pending_drafts(s: Session) -> list[drafts.Draft]:
    return drafts.all_drafts(s.db)
