"""What the coordinator's desk shows, and its few actions, over an archive vault (no Qt).

The desk (ui/archive_*.py) runs every function here on its database worker. Reads
return plain data; the actions go through the core's one write path (Records) and the
sync layer, and each leaves an audit entry that says what a coordinator decided and why:

- devices: enrolled devices with their last bundle, gaps, receipts; a revocation date
  turned into the sequence number the core revokes from;
- quarantine: inspect (a dry run of what a release would merge), release with a
  reason, discard with a reason;
- conflicts: the heads of a record side by side, field by field, and their resolution
  as a version whose parents are all the heads, signed by this archive;
- duplicates: suggestions with what a coordinator needs to judge them (masked);
- chain of custody of a record or an evidence file: captured, sealed, imported,
  resolved, exported;
- the data of a case report.

Protected people are masked (app.present) in everything returned, unless a caller asks
for the revealed form on purpose (and that is written to the audit log).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app import duplicates, importer, present, schema, search
from app.records import Records, Version
from storage import audit
from storage.errors import InvalidInput, NotFound
from storage.ids import now_iso
from storage.vault import Vault
from sync import card as cardmod
from sync import trust

Progress = Callable[[int, int], None]


# --- names ---------------------------------------------------------------------------------


def device_names(db: Any) -> dict[str, str]:
    return dict(db.all("SELECT device_id, name FROM devices"))


def _title(db: Any, record_id: str) -> str:
    row = db.one("SELECT title FROM records WHERE record_id = ?", (record_id,))
    return row[0] if row else ""


# --- devices -------------------------------------------------------------------------------


def devices(vault: Vault) -> list[dict[str, Any]]:
    """Enrolled devices, newest enrolment last, with their last bundle, the sequence
    numbers never received, pending quarantined bundles and the last receipt."""
    db = vault.db
    receipts: dict[str, str] = {}
    for e in audit.entries(db, action="receipt_issued", limit=100000):
        receipts.setdefault(e["detail"].get("device_id", ""), e["at"])
    out = []
    for d in trust.enrolled(db):
        dev = trust.device(db, d["device_id"])
        assert dev is not None
        last = db.one("SELECT seq, created_at, imported_at FROM sync_bundles WHERE device_id = ?"
                      " AND status != 'quarantined' ORDER BY seq DESC LIMIT 1", (d["device_id"],))
        counts = db.one(
            "SELECT count(*) FILTER (WHERE status != 'quarantined'),"
            " count(*) FILTER (WHERE status = 'quarantined' AND sha256 IN"
            "  (SELECT bundle_sha256 FROM sync_quarantine WHERE released_at IS NULL))"
            " FROM sync_bundles WHERE device_id = ?", (d["device_id"],))
        out.append({**d, "fingerprint": cardmod.fingerprint(dev.card),
                    "last_sealed_at": last[1] if last else None,
                    "last_imported_at": last[2] if last else None,
                    "bundles": counts[0], "quarantined": counts[1],
                    "last_receipt_at": receipts.get(d["device_id"]),
                    "versions": db.one("SELECT count(*) FROM versions WHERE author = ?",
                                       (d["device_id"],))[0]})
    return out


def read_card(data: bytes) -> dict[str, Any]:
    """An identity card file, parsed (not trusted): what the enrolment dialog shows."""
    card = cardmod.from_json(data)
    return {"device_id": card.device_id, "name": card.name, "role": card.role,
            "fingerprint": cardmod.fingerprint(card)}


def enroll(vault: Vault, data: bytes, fingerprint: str) -> dict[str, Any]:
    """Enrol the card whose fingerprint the coordinator compared aloud."""
    card = trust.enroll(vault, data, fingerprint)
    return {"device_id": card.device_id, "name": card.name}


def seq_before(db: Any, device_id: str, day: str) -> int:
    """The last sequence number to keep when a device was seized on `day` (YYYY-MM-DD,
    local time): the highest bundle already imported that was sealed before that day
    began. Later bundles, whatever date they claim, are quarantined: a seized device's
    clock is in other hands, its sequence numbers are not (each one is merged once)."""
    try:
        start = dt.datetime.fromisoformat(day.strip()).replace(hour=0, minute=0, second=0)
    except ValueError:
        raise InvalidInput(f"{day!r} is not a date (YYYY-MM-DD)") from None
    cutoff = start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    row = db.one("SELECT max(seq) FROM sync_bundles WHERE device_id = ? AND status !="
                 " 'quarantined' AND created_at < ?", (device_id, cutoff))
    return int(row[0] or 0)


def revoke(vault: Vault, device_id: str, *, after_seq: int | None = None,
           day: str | None = None, reason: str = "") -> dict[str, Any]:
    if day:
        after_seq = seq_before(vault.db, device_id, day)
    done = trust.revoke(vault, device_id, after_seq)
    if reason.strip() or day:
        vault.audit("revoke_reason", {"device_id": device_id, "reason": reason.strip(),
                                      "seized_on": day or None, "after_seq": done["after_seq"]})
    return done


def receipt_name(device_name: str, now: dt.datetime | None = None) -> str:
    """A file name for a device's receipt: its name in safe characters and the time."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in device_name).strip("-")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"qorgau-receipt-{safe[:40] or 'device'}-{stamp}.receipt"


def write_receipt(vault: Vault, device_id: str, folder: Path) -> dict[str, Any]:
    from app import receipts

    name = device_names(vault.db).get(device_id, "device")
    report = receipts.issue(vault, device_id, Path(folder) / receipt_name(name))
    return {**report.to_json(), "device_name": name}


# --- quarantine ----------------------------------------------------------------------------


def quarantine(vault: Vault) -> dict[str, list[dict[str, Any]]]:
    """Bundles waiting for a decision, and decisions taken (with their reasons)."""
    rows = importer.quarantined(vault)
    reasons: dict[str, dict[str, Any]] = {}
    for e in audit.entries(vault.db, limit=100000):
        if e["action"] in ("quarantine_release", "quarantine_discard"):
            reasons.setdefault(e["detail"].get("sha256", ""), {
                "decision": "released" if e["action"] == "quarantine_release" else "discarded",
                "reason": e["detail"].get("reason", ""), "at": e["at"],
                **{k: e["detail"].get(k) for k in ("device_id", "device_name", "seq")}})
    pending = [r for r in rows if not r["released_at"]]
    decided = list(reasons.values())
    for r in decided:
        if r.get("device_name") is None:
            r["device_name"] = device_names(vault.db).get(r.get("device_id") or "", "")
    return {"pending": pending, "decided": decided}


def _quarantined_file(vault: Vault, bundle_sha256: str) -> str:
    row = vault.db.one("SELECT file_sha256 FROM sync_quarantine WHERE bundle_sha256 = ?"
                       " AND released_at IS NULL", (bundle_sha256,))
    if row is None:
        raise NotFound(f"no quarantined bundle {bundle_sha256}")
    return str(row[0])


def inspect(vault: Vault, bundle_sha256: str, *, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> importer.ImportReport:
    """What releasing this bundle would merge: every check, nothing written. The age
    file is copied out of the blob store still encrypted (as a release does)."""
    file_sha = _quarantined_file(vault, bundle_sha256)
    tmp = vault.path / f".inspect-{os.getpid()}.partial"
    try:
        with tmp.open("wb") as fh:
            vault.blobs.copy_to(file_sha, fh)
        report = importer.import_bundle(vault, tmp, dry_run=True, release=True,
                                        progress=progress, cancel=cancel)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    report.file = f"quarantine:{bundle_sha256}"
    return report


def _reason(text: str) -> str:
    reason = " ".join(text.split())
    if not reason:
        raise InvalidInput("say why: the reason is kept in the custody log")
    return reason


def _bundle(db: Any, bundle_sha256: str) -> dict[str, Any]:
    row = db.one("SELECT b.device_id, d.name, b.seq FROM sync_bundles b LEFT JOIN devices d"
                 " USING (device_id) WHERE b.sha256 = ?", (bundle_sha256,))
    return {"device_id": row[0], "device_name": row[1], "seq": row[2]} if row else {}


def release(vault: Vault, bundle_sha256: str, reason: str, *,
            progress: Progress | None = None,
            cancel: threading.Event | None = None) -> importer.ImportReport:
    """Merge a quarantined bundle (every integrity check runs again), with the
    coordinator's reason in the audit log."""
    why = _reason(reason)
    report = importer.release(vault, bundle_sha256, progress=progress, cancel=cancel)
    if report.status == importer.MERGED:
        vault.audit("quarantine_release", {"sha256": bundle_sha256, "reason": why,
                                           **_bundle(vault.db, bundle_sha256)})
    return report


def discard(vault: Vault, bundle_sha256: str, reason: str) -> None:
    """Drop a quarantined bundle: its encrypted copy is deleted, the decision and the
    reason are written to the audit log. Its manifest hash stays known, so the same
    file imported again is recognised and not merged.

    (Belongs in app.importer next to release(); kept here until it moves.)"""
    why = _reason(reason)
    file_sha = _quarantined_file(vault, bundle_sha256)
    db = vault.db
    detail = {"sha256": bundle_sha256, "reason": why, **_bundle(db, bundle_sha256)}
    with db.transaction():
        db.execute("DELETE FROM sync_quarantine WHERE bundle_sha256 = ?", (bundle_sha256,))
        db.execute("UPDATE sync_bundles SET reason = 'discarded' WHERE sha256 = ?",
                   (bundle_sha256,))
        vault.audit("quarantine_discard", detail)
    if db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (file_sha,)) is None:
        vault.blobs.remove(file_sha)


# --- conflicts -----------------------------------------------------------------------------


def conflicts(db: Any, limit: int = 2000) -> list[dict[str, Any]]:
    return [{"record_id": r[0], "kind": r[1], "title": r[2], "heads": r[3], "updated_at": r[4]}
            for r in db.all("SELECT record_id, kind, title, head_count, updated_at FROM records"
                            " WHERE head_count > 1 ORDER BY updated_at DESC LIMIT ?", (limit,))]


def _provenance(db: Any, version_id: str) -> list[dict[str, Any]]:
    return [{"device_id": r[0], "device_name": r[1], "bundle_id": r[2], "bundle_sha256": r[3],
             "imported_at": r[4], "seq": r[5], "sealed_at": r[6]}
            for r in db.all(
                "SELECT p.device_id, d.name, p.bundle_id, p.bundle_sha256, p.imported_at,"
                " b.seq, b.created_at FROM sync_provenance p LEFT JOIN devices d USING"
                " (device_id) LEFT JOIN sync_bundles b ON b.sha256 = p.bundle_sha256"
                " WHERE p.version_id = ? ORDER BY p.imported_at", (version_id,))]


def conflict(records: Records, record_id: str) -> dict[str, Any]:
    """A record in conflict: each head with its author, time, bundle and body."""
    rec = records.get(record_id)
    if not rec.in_conflict:
        raise InvalidInput("this record is no longer in conflict")
    names = device_names(records.db)
    heads = []
    for vid in rec.heads:
        v = records.version(vid)
        heads.append({"version_id": vid, "author": v.author,
                      "author_name": names.get(v.author, v.author[:8]), "clock": v.clock,
                      "created_at": v.created_at, "tombstone": v.tombstone, "body": v.body,
                      "provenance": _provenance(records.db, vid)})
    ids = [rid for h in heads for _p, rid in schema.references(rec.kind, h["body"])]
    return {"record_id": rec.record_id, "kind": rec.kind, "title": rec.title, "heads": heads,
            "titles": {rid: _title(records.db, rid) for rid in dict.fromkeys(ids)}}


BOTH = "both"


def can_combine(field: schema.Field) -> bool:
    """Fields whose values from several heads can be kept together."""
    return field.type in ("text", "strs", "refs", "enums", "objects")


def merge(kind: str, bodies: list[dict[str, Any]], choices: dict[str, int | str]
          ) -> dict[str, Any]:
    """The merged body: for each field, the value of the chosen head (an index into
    `bodies`), or BOTH (texts joined, lists united in order). Fields without a choice
    take the first head's value where they agree or only one head has one."""
    k = schema.get_kind(kind)
    names = [f.name for f in k.fields]
    names += sorted({n for b in bodies for n in b} - set(names))
    out: dict[str, Any] = {}
    for name in names:
        values = [b.get(name) for b in bodies]
        choice = choices.get(name, 0)
        if choice == BOTH:
            present_values = [v for v in values if v not in (None, "", [])]
            if not present_values:
                continue
            if isinstance(present_values[0], str):
                value: Any = "\n\n".join(dict.fromkeys(present_values))
            else:
                value = []
                for v in present_values:
                    for item in v if isinstance(v, list) else [v]:
                        if item not in value:
                            value.append(item)
        else:
            value = values[int(choice)]
        if value not in (None, "", []):
            out[name] = value
    return out


def resolve(records: Records, record_id: str, heads: Iterable[str], *,
            body: dict[str, Any] | None = None, delete_reason: str | None = None) -> Version:
    """A version whose parents are all the heads shown, signed by this archive. Refused
    if the record changed meanwhile (another import brought a new head)."""
    current = records.get(record_id)
    shown = sorted(heads)
    if sorted(current.heads) != shown or len(shown) < 2:
        raise InvalidInput("the record changed while you were comparing: open it again")
    with records.db.transaction():
        if delete_reason is not None:
            version = records.delete(record_id, delete_reason)
        else:
            if body is None:
                raise InvalidInput("nothing to save")
            version = records.update(record_id, body, parents=shown)
        audit.append(records.db, "conflict_resolved", {
            "record_id": record_id, "kind": current.kind, "parents": shown,
            "version_id": version.version_id})
    return version


# --- duplicates ----------------------------------------------------------------------------


def _person_summary(db: Any, names: dict[str, str], record_id: str) -> dict[str, Any]:
    row = db.one("SELECT title, body, flags, created_at FROM records WHERE record_id = ?",
                 (record_id,))
    if row is None:
        return {"record_id": record_id, "title": "", "missing": True}
    body = json.loads(row[1])
    shown = present.masked("person", body)
    first = db.one("SELECT author, created_at FROM versions WHERE record_id = ?"
                   " ORDER BY clock, version_id LIMIT 1", (record_id,))
    cases = [_title(db, c) for c in body.get("case_ids") or []]
    cases += [r[0] for r in db.all(
        "SELECT c.title FROM links l JOIN records r ON r.record_id = l.src"
        " JOIN records c ON c.record_id = r.case_id WHERE l.dst = ? AND r.deleted = 0"
        " AND r.kind IN ('incident', 'detention', 'medical_exam') GROUP BY c.record_id",
        (record_id,))]
    return {"record_id": record_id, "title": row[0], "protected": present.is_protected(
                "person", body),
            "date_of_birth": shown.get("date_of_birth"), "gender": shown.get("gender"),
            "city": shown.get("city"), "other_names": shown.get("other_names"),
            "roles": shown.get("roles") or [], "flags": row[2].split(),
            "device": names.get(first[0], "") if first else "",
            "created_at": first[1] if first else row[3],
            "cases": list(dict.fromkeys(c for c in cases if c))}


def duplicate_suggestions(db: Any, *, min_score: float = duplicates.DEFAULT_MIN_SCORE,
                          limit: int = duplicates.DEFAULT_LIMIT) -> list[dict[str, Any]]:
    found = duplicates.suggest(db, limit=limit, min_score=min_score)
    names = device_names(db)
    people: dict[str, dict[str, Any]] = {}
    out = []
    for s in found:
        for rid in (s.a_id, s.b_id):
            if rid not in people:
                people[rid] = _person_summary(db, names, rid)
        out.append({"a": people[s.a_id], "b": people[s.b_id], "score": s.score,
                    "reasons": list(s.reasons)})
    return out


# --- chain of custody ----------------------------------------------------------------------


def _exports_of(db: Any, names: dict[str, str], version_ids: set[str], record_id: str,
                sha256: str | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    trusted = dict(db.all("SELECT device_id, name FROM sync_trusted"))
    if version_ids:
        seqs = {r[0] for r in db.all(
            "SELECT seq FROM sync_sealed WHERE item_kind = 'version' AND item IN"
            " (SELECT value FROM json_each(?))", (json.dumps(sorted(version_ids)),))}
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


def custody(vault: Vault, record_id: str) -> dict[str, Any]:
    """The chain of custody of a record (an evidence file: of its original too):
    captured (device, time, SHA-256), each version with the bundle that carried it and
    its import, versions written here (conflict resolutions, links), and exports."""
    records = Records(vault)
    db = vault.db
    rec = records.get(record_id)
    names = device_names(db)
    archive = vault.identity.name
    versions = []
    for v in records.history(record_id):
        origin_row = db.one("SELECT origin, stored_at FROM versions WHERE version_id = ?",
                            (v.version_id,))
        versions.append({"version_id": v.version_id, "author": v.author,
                         "author_name": names.get(v.author, v.author[:8]),
                         "here": v.author == vault.identity.device_id,
                         "created_at": v.created_at, "clock": v.clock,
                         "tombstone": v.tombstone, "parents": list(v.parents),
                         "origin": origin_row[0], "stored_at": origin_row[1],
                         "provenance": _provenance(db, v.version_id)})
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
                    "held": blob is not None and vault.blobs.has(sha),
                    "stored_at": blob[2] if blob else None}
    ids = {v["version_id"] for v in versions}
    return {"record_id": rec.record_id, "kind": rec.kind, "title": rec.title,
            "deleted": rec.deleted, "archive": archive, "versions": versions,
            "evidence": evidence,
            "exports": _exports_of(db, names, ids, rec.record_id,
                                   evidence["sha256"] if evidence else None)}


def verify_original(vault: Vault, sha256: str, *, cancel: threading.Event | None = None
                    ) -> bool:
    """Read the original back through its SHA-256 check (raises if it does not match)."""
    del cancel  # copy_to reads in one pass; a few seconds at most for a photo or a scan
    vault.blobs.copy_to(sha256, None)
    return True


def evidence_of(db: Any, record_id: str, limit: int = 500) -> list[dict[str, Any]]:
    """Evidence files of a case (or documenting a record): for the custody picker."""
    rows = db.all("SELECT record_id, title, body FROM records WHERE kind = 'evidence' AND"
                  " deleted = 0 AND (case_id = ? OR json_extract(body, '$.record_id') = ?)"
                  " ORDER BY created_at LIMIT ?", (record_id, record_id, limit))
    return [{"record_id": r[0], "title": r[1], "sha256": json.loads(r[2]).get("sha256")}
            for r in rows]


def find_records(db: Any, text: str, kind: str | None = None, limit: int = 200
                 ) -> list[dict[str, Any]]:
    """Records whose text matches (or the latest ones), titles as lists show them."""
    filters = search.Filters(kind=kind or None)
    if text.strip():
        return [{"record_id": h.record_id, "kind": h.kind, "title": h.title, "date": h.date}
                for h in search.search(db, text, filters, limit=limit)]
    return [{"record_id": r["record_id"], "kind": r["kind"], "title": r["title"],
             "date": r["date"]} for r in search.list_records(db, filters, limit=limit)]


def note_export(vault: Vault, what: str, record_ids: Iterable[str], recipient: str,
                *, revealed: bool = False, detail: dict[str, Any] | None = None) -> None:
    """Write to the audit log that records left the vault in plaintext (a PDF, a CSV)."""
    vault.audit("report_export", {"what": what, "record_ids": sorted(set(record_ids)),
                                  "recipient": " ".join(recipient.split()),
                                  "revealed": revealed, "at_local": now_iso(),
                                  **(detail or {})})


# --- case report ---------------------------------------------------------------------------

REPORT_KINDS = ("person", "detention", "interview", "incident", "medical_exam", "complaint",
                "evidence")
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


def _person_title(body: dict[str, Any], title: str, reveal: bool) -> str:
    if reveal and present.is_protected("person", body):
        name = body.get("full_name") or title
        return f"{name} ({body['pseudonym']})" if body.get("pseudonym") else name
    return title


def case_report(vault: Vault, case_id: str, *, reveal: bool = False, photos: bool = True
                ) -> dict[str, Any]:
    """Everything a case report shows, in plain data. Protected people are masked
    (app.present) unless `reveal`; photographs are the metadata-stripped display copies
    (never the originals), at most MAX_PHOTOS."""
    records = Records(vault)
    db = vault.db
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
    for kind in ("detention", "interview", "incident", "medical_exam"):
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
                item["title"] = _person_title(raw, item["title"], reveal)
                item["protected"] = present.is_protected("person", raw)
            item["body"] = raw if reveal else _report_masked(kind, raw)
            titles[item["record_id"]] = item["title"]
    refs = {rid for kind, items in groups.items() for it in items
            for _p, rid in schema.references(kind, it["body"])}
    for rid in refs - set(titles):
        row = db.one("SELECT kind, title, body FROM records WHERE record_id = ?", (rid,))
        if row:
            titles[rid] = _person_title(json.loads(row[2]), row[1], reveal) \
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
    return {"case": {"record_id": case.record_id, "title": case.title,
                     "body": case.body, "updated_at": case.updated_at,
                     "conflict": case.in_conflict},
            "groups": groups, "titles": titles, "reveal": reveal, "archive": vault.identity.name,
            "record_ids": sorted({case_id, *titles, *(it["record_id"] for items in
                                                      groups.values() for it in items)})}


def _marker_key(marker: str) -> tuple[int, str]:
    digits = "".join(c for c in marker if c.isdigit())
    return (int(digits) if digits else 10**6, marker)


def _date_of(body: dict[str, Any]) -> str | None:
    for name in ("date", "from_date", "filed_on", "opened_on", "started_at", "captured_at"):
        value = body.get(name)
        if isinstance(value, str) and value[:1].isdigit():
            return value
    return None
