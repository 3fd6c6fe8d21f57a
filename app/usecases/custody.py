"""The chain of custody of a record or an evidence file: captured (device, time,
SHA-256), each version with the bundle that carried it and its import, versions written
here (conflict resolutions, links), and every time it left the vault."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

from app import schema, search
from app.translate import tr
from app.usecases import masking
from app.usecases.lookups import device_names, provenance
from app.usecases.session import Session
from storage import audit
from storage.db import IN_LIST, as_list
from storage.ids import now_iso


def _exports_of(db: Any, names: dict[str, str], version_ids: set[str], record_id: str,
                sha256: str | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    trusted = dict(db.all("SELECT device_id, name FROM sync_trusted"))
    if version_ids:
        seqs = {r[0] for r in db.all(
            f"SELECT seq FROM sync_sealed WHERE item_kind = 'version' AND item IN {IN_LIST}",
            (as_list(sorted(version_ids)),))}
        if sha256:
            seqs |= {r[0] for r in db.all("SELECT seq FROM sync_sealed WHERE item_kind ="
                                          " 'blob' AND item = ?", (sha256,))}
        for e in audit.entries(db, action="bundle_export", limit=100000):
            d = e["detail"]
            if d.get("seq") in seqs:
                out.append({"at": e["at"], "what": "bundle", "seq": d.get("seq"),
                            "to": [trusted.get(r, names.get(r, r)) for r in
                                   d.get("recipients") or []]})
    for e in audit.entries(db, limit=100000):
        d = e["detail"]
        if e["action"] == "export_original" and sha256 and d.get("sha256") == sha256:
            out.append({"at": e["at"], "what": "original", "to": [d.get("to") or ""]})
        elif e["action"] == "report_export" and record_id in (d.get("record_ids") or ()):
            out.append({"at": e["at"], "what": d.get("what", "report"),
                        "to": [d.get("recipient") or ""], "revealed": d.get("revealed")})
    out.sort(key=lambda x: x["at"])
    return out


def custody(session: Session, record_id: str, lang: str = "en") -> dict[str, Any]:
    """The chain of custody of a record (an evidence file: of its original too):
    captured (device, time, SHA-256), each version with the bundle that carried it and
    its import, versions written here (conflict resolutions, links), and exports."""
    records = session.records
    db = session.db
    rec = records.get(record_id)
    names = device_names(db)
    archive = session.vault.identity.name
    versions = []
    for v in records.history(record_id):
        origin_row = db.one("SELECT origin, stored_at FROM versions WHERE version_id = ?",
                            (v.version_id,))
        versions.append({"version_id": v.version_id, "author": v.author,
                         "author_name": names.get(v.author, v.author[:8]),
                         "here": v.author == session.vault.identity.device_id,
                         "created_at": v.created_at, "clock": v.clock,
                         "tombstone": v.tombstone, "parents": list(v.parents),
                         "origin": origin_row[0], "stored_at": origin_row[1],
                         "provenance": provenance(db, v.version_id)})
    body = rec.body
    evidence = None
    if rec.kind == "evidence" and body.get("sha256"):
        sha = body["sha256"]
        blob = db.one("SELECT size, mime, stored_at FROM blobs WHERE sha256 = ?", (sha,))
        evidence = {"sha256": sha, "size": body.get("size"), "filename": body.get("filename"),
                    "mime": body.get("mime"), "captured_at": body.get("captured_at"),
                    "camera": body.get("camera"), "gps": bool(body.get("gps")),
                    "obtained_from": body.get("obtained_from"),
                    "custody_notes": body.get("custody_notes"),
                    "held": blob is not None and session.vault.blobs.has(sha),
                    "stored_at": blob[2] if blob else None}
    ids = {v["version_id"] for v in versions}
    title = rec.title if lang == "en" or rec.deleted else schema.display_title(
        rec.kind, rec.body, lang)
    masked = masking.relatives(db)
    if rec.record_id in masked:
        title = masking.label(lang)
    return masking.scrub({"record_id": rec.record_id, "kind": rec.kind, "title": title,
                          "deleted": rec.deleted, "archive": archive, "versions": versions,
                          "evidence": evidence,
                          "exports": _exports_of(db, names, ids, rec.record_id,
                                                 evidence["sha256"] if evidence else None)},
                         masked)


def verify_original(session: Session, sha256: str, *, cancel: threading.Event | None = None
                    ) -> bool:
    """Read the original back through its SHA-256 check (raises if it does not match)."""
    del cancel  # copy_to reads in one pass; a few seconds at most for a photo or a scan
    session.vault.blobs.copy_to(sha256, None)
    return True


def evidence_of(session: Session, record_id: str, limit: int = 500, lang: str = "en"
                ) -> list[dict[str, Any]]:
    """Evidence files of a case (or documenting a record): for the custody picker."""
    db = session.db
    rows = db.all("SELECT record_id, title, body FROM records WHERE kind = 'evidence' AND"
                  " deleted = 0 AND (case_id = ? OR json_extract(body, '$.record_id') = ?)"
                  " ORDER BY created_at LIMIT ?", (record_id, record_id, limit))
    return [{"record_id": r[0], "sha256": json.loads(r[2]).get("sha256"),
             "title": r[1] if lang == "en" else schema.display_title(
                 "evidence", json.loads(r[2]), lang)} for r in rows]


def find_records(session: Session, text: str, kind: str | None = None, limit: int = 200,
                 lang: str = "en") -> list[dict[str, Any]]:
    """Records whose text matches (or the latest ones), titles as lists show them."""
    db = session.db
    filters = search.Filters(kind=kind or None)
    masked = masking.relatives(db)
    if text.strip():  # a relative who would identify a protected minor: not by name
        return [{"record_id": h.record_id, "kind": h.kind,
                 "title": masking.scrub(h.title, masked), "date": h.date}
                for h in search.search(db, text, filters, limit=limit, lang=lang)
                if h.record_id not in masked]
    rows = [{"record_id": r["record_id"], "kind": r["kind"], "title": r["title"],
             "date": r["date"]} for r in search.list_records(db, filters, limit=limit,
                                                            lang=lang)]
    masking.apply(rows, masked, lang)
    return rows


def note_export(session: Session, what: str, record_ids: Iterable[str], recipient: str,
                *, revealed: bool = False, detail: dict[str, Any] | None = None) -> None:
    """Write to the audit log that records left the vault in plaintext (a PDF, a CSV)."""
    session.vault.audit("report_export", {"what": what, "record_ids": sorted(set(record_ids)),
                                  "recipient": " ".join(recipient.split()),
                                  "revealed": revealed, "at_local": now_iso(),
                                  **(detail or {})})


# The timeline's words, in English; shown in `lang` through app.translate (the same
# table as the desktop's). tests/test_custody.py checks each has ru and kk.
WORDS = {
    "captured": "Captured",
    "captured_detail": "time from the file itself%1",
    "camera": ", camera: %1",
    "here": "Written at this archive",
    "here_detail": "on “%1”",
    "resolving": "resolving a conflict between %1 versions",
    "recorded": "Recorded",
    "changed": "Changed",
    "device_detail": "on the device “%1”",
    "deleted": "Deleted",
    "version": "version",
    "sealed": "Sealed",
    "sealed_detail": "in bundle #%1 of “%2”",
    "imported": "Imported",
    "imported_detail": "into this archive “%1”, after every signature and hash was checked",
    "nobody": "recipient not recorded",
    "bundle": "Sent in a bundle",
    "original": "Original exported",
    "pdf": "In a PDF report",
    "csv": "In a CSV file",
    "exported": "Exported",
    "to": "to %1",
    "seq": "(bundle #%1)",
    "revealed": "protected identities shown",
}


def _word(key: str, lang: str, *args: str) -> str:
    text = tr(WORDS[key], lang, "Custody")
    for i, arg in enumerate(args, 1):
        text = text.replace(f"%{i}", arg)
    return text


def timeline(session: Session, record_id: str, lang: str = "en") -> dict[str, Any]:
    """The custody page's read model: `custody()` plus its steps in order, each
    {"at": stored time (UTC, or the camera's local time for "captured"), "what",
    "detail", "small": the version or bundle it concerns}, worded in `lang`. A step
    seen twice (two versions in one bundle) is listed once."""
    c = custody(session, record_id, lang)
    steps: list[tuple[str | None, str, str, str]] = []
    ev = c["evidence"]
    if ev and ev.get("captured_at"):
        camera = _word("camera", lang, ev["camera"]) if ev.get("camera") else ""
        steps.append((ev["captured_at"], _word("captured", lang),
                      _word("captured_detail", lang, camera), ""))
    for i, v in enumerate(c["versions"]):
        if v["here"]:
            what = _word("here", lang)
            detail = _word("here_detail", lang, c["archive"])
            if len(v["parents"]) > 1:
                detail += " — " + _word("resolving", lang, str(len(v["parents"])))
        else:
            what = _word("recorded" if i == 0 else "changed", lang)
            detail = _word("device_detail", lang, v["author_name"])
        if v["tombstone"] is not None:
            what = _word("deleted", lang)
            detail += " — " + v["tombstone"]
        steps.append((v["created_at"], what, detail,
                      _word("version", lang) + " " + v["version_id"][:12]))
        for p in v["provenance"]:
            steps.append((p["sealed_at"], _word("sealed", lang),
                          _word("sealed_detail", lang, str(p["seq"] or "?"),
                                p["device_name"] or ""), p["bundle_sha256"][:16]))
            steps.append((p["imported_at"], _word("imported", lang),
                          _word("imported_detail", lang, c["archive"]), ""))
    for x in c["exports"]:
        to = ", ".join(t for t in x["to"] if t) or _word("nobody", lang)
        what = _word(x["what"] if x["what"] in ("bundle", "original", "pdf", "csv")
                     else "exported", lang)
        detail = _word("to", lang, to)
        if x.get("seq"):
            detail += " " + _word("seq", lang, str(x["seq"]))
        if x.get("revealed"):
            detail += " — " + _word("revealed", lang)
        steps.append((x["at"], what, detail, ""))
    return {**c, "steps": [{"at": at, "what": what, "detail": detail, "small": small}
                           for at, what, detail, small in dict.fromkeys(steps)]}
