"""A seized laptop and a hostile device, on the coordinator's side: write authority
handed from one device to another, and the review of what a seized device sent after
the seizure (sync.trust.revoke flags it; quarantined bundles are released one by one
in app.usecases.desk). Each action writes its own audit entry with the reason."""

from __future__ import annotations

from typing import Any

from app.usecases.session import Session
from storage.errors import InvalidInput, NotFound
from storage.ids import now_iso
from storage.vault import Vault
from sync import trust


def _reason(reason: str) -> str:
    why = (reason or "").strip()
    if not why:
        raise InvalidInput("give a reason: it is written to the audit log")
    return why


def _field_device(vault: Vault, device_id: str) -> trust.Device:
    dev = trust.device(vault.db, device_id)
    if dev is None or not dev.enrolled:
        raise NotFound(f"no enrolled device {device_id}")
    if dev.revoked_at is not None:
        raise InvalidInput(f"device {device_id} was revoked on {dev.revoked_at}")
    return dev


def grant(session: Session, grantee: str, owner: str, reason: str) -> dict[str, Any]:
    """Let `grantee` write versions of the records `owner` created (a case handed over
    between team members). Without it the archive quarantines such versions."""
    if session.role != "archive":
        raise InvalidInput("only an archive vault grants write authority (this is a field vault)")
    why = _reason(reason)
    if grantee == owner:
        raise InvalidInput("a device always writes its own records")
    _field_device(session.vault, grantee)
    if trust.device(session.db, owner) is None:
        raise NotFound(f"no known device {owner}")
    with session.db.transaction():
        session.db.execute("INSERT OR REPLACE INTO sync_grants (grantee, owner, granted_at,"
                         " reason) VALUES (?,?,?,?)", (grantee, owner, now_iso(), why))
        session.vault.audit("grant", {"grantee": grantee, "owner": owner, "reason": why})
    return {"grantee": grantee, "owner": owner, "reason": why}


def grants(session: Session) -> list[dict[str, Any]]:
    return [{"grantee": r[0], "owner": r[1], "granted_at": r[2], "reason": r[3]}
            for r in session.db.all("SELECT grantee, owner, granted_at, reason FROM sync_grants"
                                  " ORDER BY granted_at")]


def suspects(session: Session, *, include_reviewed: bool = False) -> list[dict[str, Any]]:
    """Versions already merged from a device after its seizure, to review."""
    rows = session.db.all(
        "SELECT s.version_id, s.device_id, d.name, s.record_id, r.kind, r.title,"
        " s.flagged_at, s.reviewed_at, s.review_reason FROM sync_suspect s"
        " LEFT JOIN devices d ON d.device_id = s.device_id"
        " LEFT JOIN records r ON r.record_id = s.record_id"
        + ("" if include_reviewed else " WHERE s.reviewed_at IS NULL")
        + " ORDER BY s.flagged_at, s.version_id")
    keys = ("version_id", "device_id", "device_name", "record_id", "kind", "title",
            "flagged_at", "reviewed_at", "review_reason")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def review_suspect(session: Session, version_id: str, reason: str) -> dict[str, Any]:
    """A person checked a flagged version with the field worker: it stays, the reason goes
    to the audit log. (A version found false is answered with a new version or a
    tombstone written at the archive, through the one write path.)"""
    why = _reason(reason)
    with session.db.transaction():
        row = session.db.one("SELECT record_id, device_id FROM sync_suspect WHERE version_id = ?"
                           " AND reviewed_at IS NULL", (version_id,))
        if row is None:
            raise NotFound(f"no version {version_id} waiting for review")
        session.db.execute("UPDATE sync_suspect SET reviewed_at = ?, review_reason = ?"
                         " WHERE version_id = ?", (now_iso(), why, version_id))
        session.vault.audit("suspect_reviewed", {"version_id": version_id, "record_id": row[0],
                                         "device_id": row[1], "reason": why})
    return {"version_id": version_id, "record_id": row[0], "reason": why}
