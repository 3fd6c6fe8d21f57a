"""Devices of an archive: this vault's own identity card, enrolling a field laptop's
card, revoking a seized one, and the devices page's read model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.usecases.lookups import reason as _reason
from app.usecases.session import Session
from storage import audit
from storage.atomic import write_atomic
from storage.errors import InvalidInput, NotFound
from sync import card as cardmod
from sync import minisign, trust


def identity(session: Session, *, card_out: Path | None = None,
             age_secret_out: Path | None = None) -> dict[str, Any]:
    """This vault's identity card (public keys and fingerprint); optionally the card
    written to `card_out`, and the SECRET age key for the stock-tool recipe
    (docs/bundle-format.md) to `age_secret_out` (mode 0600, audited: with it anyone can
    open every bundle sent to this vault)."""
    card = trust.own_card(session.vault)
    if age_secret_out is not None:
        write_atomic(Path(age_secret_out),
                     f"# Qorgau {card.role} {card.device_id}: SECRET age identity\n"
                     f"# public key: {card.age_recipient}\n"
                     f"{session.vault.identity.box_identity}\n".encode())
        session.vault.audit("export_age_identity", {"device_id": card.device_id})
    if card_out is not None:
        write_atomic(Path(card_out), cardmod.to_json(card), mode=0o644)  # public keys only
    return {"device_id": card.device_id, "name": card.name, "role": card.role,
            "minisign_public_key": minisign.public_key_line(card.sign_key_id,
                                                            card.sign_public),
            "age_recipient": card.age_recipient, "fingerprint": cardmod.fingerprint(card)}


def listing(session: Session) -> dict[str, Any]:
    """Trusted coordinators and enrolled devices, as `qorgau devices` lists them."""
    return {"trusted_coordinators": [{"device_id": c.device_id, "name": c.name}
                                     for c in trust.trusted(session.db)],
            "enrolled_devices": trust.enrolled(session.db)}


def devices(session: Session) -> list[dict[str, Any]]:
    """The devices page: enrolled devices, newest enrolment last, with their last
    bundle, the sequence numbers never received, pending quarantined bundles and the
    last receipt."""
    db = session.db
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


def read_card_file(path: Path) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise NotFound(f"no such card file: {path}")
    return file.read_bytes()


def enroll(session: Session, data: bytes, fingerprint: str | None) -> dict[str, Any]:
    """Enrol the card whose fingerprint the coordinator compared aloud (audited by
    sync.trust)."""
    card = trust.enroll(session.vault, data, fingerprint)
    return {"device_id": card.device_id, "name": card.name, "role": card.role,
            "fingerprint": cardmod.fingerprint(card)}


def _seq_before(db: Any, device_id: str, day: str) -> int:
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


def revoke(session: Session, device_id: str, *, reason: str, seized_on: str | None = None,
           after_seq: int | None = None) -> dict[str, Any]:
    """Revoke a seized device. The reason is required; the day of seizure, when known,
    decides which bundles stay trusted (see _seq_before). One transaction: the
    revocation and the entry with the reason and the day are written together.

    A thin wrapper: what revocation means (sync.trust, app.importer) is decided there."""
    why = _reason(reason)
    day = (seized_on or "").strip() or None
    if day is not None and after_seq is not None:
        raise InvalidInput("give the day of seizure or the last bundle to keep, not both")
    db = session.db
    with db.transaction():
        if day is not None:
            after_seq = _seq_before(db, device_id, day)
        # Issue 15: a cut-off in time; the day of seizure also flags what the device
        # authored or sent since then for review (sync.trust.revoke).
        done = trust.revoke(session.vault, device_id, after_seq, since=day)
        session.vault.audit("revoke_reason", {"device_id": device_id, "reason": why,
                                      "seized_on": day, "after_seq": done["after_seq"]})
    return {**done, "reason": why, "seized_on": day}
