"""Small look-ups the desk's use cases share: device names, record titles, where a
version came from, and the one rule for a reason a coordinator types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storage.errors import InvalidInput

Progress = Callable[[int, int], None]


def device_names(db: Any) -> dict[str, str]:
    return dict(db.all("SELECT device_id, name FROM devices"))


def title(db: Any, record_id: str) -> str:
    row = db.one("SELECT title FROM records WHERE record_id = ?", (record_id,))
    return row[0] if row else ""


def provenance(db: Any, version_id: str) -> list[dict[str, Any]]:
    """The bundles (and their devices) that brought a version into this archive."""
    return [{"device_id": r[0], "device_name": r[1], "bundle_id": r[2], "bundle_sha256": r[3],
             "imported_at": r[4], "seq": r[5], "sealed_at": r[6]}
            for r in db.all(
                "SELECT p.device_id, d.name, p.bundle_id, p.bundle_sha256, p.imported_at,"
                " b.seq, b.created_at FROM sync_provenance p LEFT JOIN devices d USING"
                " (device_id) LEFT JOIN sync_bundles b ON b.sha256 = p.bundle_sha256"
                " WHERE p.version_id = ? ORDER BY p.imported_at", (version_id,))]


def reason(text: str | None) -> str:
    """A coordinator's reason, on one line. Decisions that a court may ask about
    (release, discard, revoke) are refused without one."""
    why = " ".join((text or "").split())
    if not why:
        raise InvalidInput("say why: the reason is kept in the custody log")
    return why
