"""Quarantine: bundles held back (a revoked device, a fork, a rollback) wait for a
coordinator to check them with the field worker, then to release or discard them, each
time with a reason that goes to the custody log."""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

from app import importer
from app.usecases.lookups import Progress, device_names
from app.usecases.lookups import reason as _reason
from app.usecases.session import Session
from storage import audit
from storage.errors import NotFound
from storage.vault import Vault


def pending(session: Session) -> list[dict[str, Any]]:
    """Every quarantined bundle, released or not (what `qorgau quarantine` lists)."""
    return importer.quarantined(session.vault)


def quarantine(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The quarantine page: bundles waiting for a decision, and decisions taken (with
    their reasons)."""
    rows = importer.quarantined(session.vault)
    reasons: dict[str, dict[str, Any]] = {}
    for e in audit.entries(session.db, limit=100000):
        if e["action"] in ("quarantine_release", "quarantine_discard"):
            reasons.setdefault(e["detail"].get("sha256", ""), {
                "decision": "released" if e["action"] == "quarantine_release" else "discarded",
                "reason": e["detail"].get("reason", ""), "at": e["at"],
                **{k: e["detail"].get(k) for k in ("device_id", "device_name", "seq")}})
    decided = list(reasons.values())
    names = device_names(session.db)
    for r in decided:
        if r.get("device_name") is None:
            r["device_name"] = names.get(r.get("device_id") or "", "")
    return {"pending": [r for r in rows if not r["released_at"]], "decided": decided}


def waiting(session: Session) -> int:
    """How many bundles wait for a decision (the desk's navigation shows it)."""
    return int(session.db.one("SELECT count(*) FROM sync_quarantine WHERE released_at IS NULL")[0])


def _quarantined_file(vault: Vault, bundle_sha256: str) -> str:
    row = vault.db.one("SELECT file_sha256 FROM sync_quarantine WHERE bundle_sha256 = ?"
                       " AND released_at IS NULL", (bundle_sha256,))
    if row is None:
        raise NotFound(f"no quarantined bundle {bundle_sha256}")
    return str(row[0])


def _bundle(db: Any, bundle_sha256: str) -> dict[str, Any]:
    row = db.one("SELECT b.device_id, d.name, b.seq FROM sync_bundles b LEFT JOIN devices d"
                 " USING (device_id) WHERE b.sha256 = ?", (bundle_sha256,))
    return {"device_id": row[0], "device_name": row[1], "seq": row[2]} if row else {}


def inspect(session: Session, bundle_sha256: str, *, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> importer.ImportReport:
    """What releasing this bundle would merge: every check, nothing written (a reason it
    is held for that was never shown comes back as its status and alert, as a release
    would). The age file is copied out of the blob store still encrypted (as a release
    does)."""
    file_sha = _quarantined_file(session.vault, bundle_sha256)
    tmp = session.vault.path / f".inspect-{os.getpid()}.partial"
    try:
        with tmp.open("wb") as fh:
            session.vault.blobs.copy_to(file_sha, fh)
        shown = session.db.one("SELECT reason_code FROM sync_quarantine"
                               " WHERE bundle_sha256 = ?", (bundle_sha256,))[0]
        report = importer.import_bundle(session.vault, tmp, dry_run=True, release=True,
                                        waived=frozenset({shown}), progress=progress,
                                        cancel=cancel)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    report.file = f"quarantine:{bundle_sha256}"
    return report


def release(session: Session, bundle_sha256: str, reason: str, *,
            progress: Progress | None = None,
            cancel: threading.Event | None = None) -> importer.ImportReport:
    """Merge a quarantined bundle (every integrity check runs again), with the
    coordinator's reason in the audit log. Refused without a reason, before anything
    is read. The merge is the importer's transaction (which writes bundle_released);
    the reason follows it at once (the importer does not take one)."""
    why = _reason(reason)
    _quarantined_file(session.vault, bundle_sha256)
    report = importer.release(session.vault, bundle_sha256, progress=progress, cancel=cancel)
    if report.status == importer.MERGED:
        session.vault.audit("quarantine_release", {"sha256": bundle_sha256, "reason": why,
                                           **_bundle(session.db, bundle_sha256)})
    return report


def discard(session: Session, bundle_sha256: str, reason: str) -> None:
    """Drop a quarantined bundle: its encrypted copy is deleted, the decision and the
    reason are written to the audit log. Its manifest hash stays known, so the same
    file imported again is recognised and not merged."""
    why = _reason(reason)
    file_sha = _quarantined_file(session.vault, bundle_sha256)
    db = session.db
    detail = {"sha256": bundle_sha256, "reason": why, **_bundle(db, bundle_sha256)}
    with db.transaction():
        db.execute("DELETE FROM sync_quarantine WHERE bundle_sha256 = ?", (bundle_sha256,))
        db.execute("UPDATE sync_bundles SET reason = 'discarded' WHERE sha256 = ?",
                   (bundle_sha256,))
        session.vault.audit("quarantine_discard", detail)
    if db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (file_sha,)) is None:
        session.vault.blobs.remove(file_sha)
