"""Who seals to whom: identity cards, trusted coordinators, enrolled and revoked devices.

A card authenticates nothing by itself (sync.card): the person trusting or enrolling it
compares its fingerprint aloud with the other side. `expected_fingerprint` lets the
command line check the digits they wrote down.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from storage.db import Database
from storage.errors import IntegrityFailure, InvalidInput, NotFound
from storage.ids import now_iso
from storage.vault import Vault
from sync import card as cardmod


def own_card(vault: Vault) -> cardmod.IdentityCard:
    me = vault.identity
    return cardmod.IdentityCard(device_id=me.device_id, name=me.name, role=me.role,
                                sign_public=me.sign_public, sign_key_id=me.sign_key_id,
                                age_recipient=me.box_recipient)


def _check_fingerprint(card: cardmod.IdentityCard, expected: str | None) -> None:
    if expected is None:
        return
    if re.sub(r"\D", "", expected) != re.sub(r"\D", "", cardmod.fingerprint(card)):
        raise IntegrityFailure(
            f"the card's fingerprint is {cardmod.fingerprint(card)}, not {expected}: this is "
            "not the card you checked with its owner; do not use it")


def _same_keys(row: Any, card: cardmod.IdentityCard) -> bool:
    return (bytes(row[0]) == card.sign_public and bytes(row[1]) == card.sign_key_id
            and row[2] == card.age_recipient)


# --- field side: coordinators we seal to ------------------------------------------------------


def trust(vault: Vault, card_bytes: bytes, expected_fingerprint: str | None = None
          ) -> cardmod.IdentityCard:
    card = cardmod.from_json(card_bytes)
    _check_fingerprint(card, expected_fingerprint)
    if card.role != "archive":
        raise InvalidInput(f"{card.name} is a {card.role} device: only a coordinator's archive "
                           "can be trusted with bundles")
    if card.device_id == vault.identity.device_id:
        raise InvalidInput("this is this vault's own card")
    db = vault.db
    with db.transaction():
        row = db.one("SELECT sign_public, sign_key_id, box_public FROM sync_trusted"
                     " WHERE device_id = ?", (card.device_id,))
        if row is not None:
            if not _same_keys(row, card):
                raise IntegrityFailure(
                    f"coordinator {card.device_id} is already trusted with other keys: this card "
                    "is not the one trusted before")
            return card
        db.execute("INSERT INTO sync_trusted (device_id, name, sign_public, sign_key_id,"
                   " box_public, fingerprint, trusted_at) VALUES (?,?,?,?,?,?,?)",
                   (card.device_id, card.name, card.sign_public, card.sign_key_id,
                    card.age_recipient, cardmod.fingerprint(card), now_iso()))
        vault.audit("trust", {"device_id": card.device_id, "name": card.name,
                              "fingerprint": cardmod.fingerprint(card)})
    return card


# Receipts count only while their coordinator is trusted: an archive removed as lost or
# seized (`untrust`) may no longer hold what it acknowledged, so its acknowledgements
# neither free a record for removal from the laptop nor keep it out of the next bundle.
# A condition on `sync_acks` rows (alias-free: `coordinator` is that table's column).
ACK_FROM_TRUSTED = "coordinator IN (SELECT device_id FROM sync_trusted)"


def trusted(db: Database) -> list[cardmod.IdentityCard]:
    return [cardmod.IdentityCard(device_id=r[0], name=r[1], role="archive",
                                 sign_public=bytes(r[2]), sign_key_id=bytes(r[3]),
                                 age_recipient=r[4])
            for r in db.all("SELECT device_id, name, sign_public, sign_key_id, box_public"
                            " FROM sync_trusted ORDER BY trusted_at, device_id")]


# --- archive side: devices whose bundles we import ----------------------------------------


@dataclass(frozen=True)
class Device:
    card: cardmod.IdentityCard
    enrolled_at: str | None
    revoked_at: str | None
    revoked_after_seq: int | None

    @property
    def enrolled(self) -> bool:
        return self.enrolled_at is not None


def device(db: Database, device_id: str) -> Device | None:
    row = db.one("SELECT device_id, name, role, sign_public, sign_key_id, box_public,"
                 " enrolled_at, revoked_at, revoked_after_seq FROM devices WHERE device_id = ?",
                 (device_id,))
    if row is None:
        return None
    return Device(cardmod.IdentityCard(device_id=row[0], name=row[1], role=row[2],
                                       sign_public=bytes(row[3]), sign_key_id=bytes(row[4]),
                                       age_recipient=row[5]), row[6], row[7], row[8])


def _require_archive(vault: Vault, what: str) -> None:
    if vault.role != "archive":
        raise InvalidInput(f"only an archive vault can {what} (this is a field vault)")


def add_known(db: Database, card: cardmod.IdentityCard) -> bool:
    """Hold a device's public keys (to check versions it authored). False if held
    already; IntegrityFailure if held with other keys."""
    row = db.one("SELECT sign_public, sign_key_id, box_public FROM devices WHERE device_id = ?",
                 (card.device_id,))
    if row is not None:
        if not _same_keys(row, card):
            raise IntegrityFailure(f"device {card.device_id} is already known with other keys")
        return False
    db.execute("INSERT INTO devices (device_id, name, role, sign_public, sign_key_id,"
               " box_public, added_at) VALUES (?,?,?,?,?,?,?)",
               (card.device_id, card.name, card.role, card.sign_public, card.sign_key_id,
                card.age_recipient, now_iso()))
    return True


def enroll(vault: Vault, card_bytes: bytes, expected_fingerprint: str | None = None
           ) -> cardmod.IdentityCard:
    _require_archive(vault, "enroll devices")
    card = cardmod.from_json(card_bytes)
    _check_fingerprint(card, expected_fingerprint)
    if card.device_id == vault.identity.device_id:
        raise InvalidInput("this is this archive's own card")
    db = vault.db
    with db.transaction():
        current = device(db, card.device_id)
        if current is not None and current.revoked_at is not None:
            raise InvalidInput(
                f"device {card.device_id} was revoked on {current.revoked_at}: a seized device "
                "is never enrolled again; make a new vault on the new laptop and enroll its card")
        try:
            add_known(db, card)
        except IntegrityFailure:
            raise IntegrityFailure(
                f"device {card.device_id} is already known with other keys: this card is not "
                "the one enrolled before") from None
        if current is None or not current.enrolled:
            db.execute("UPDATE devices SET enrolled_at = ?, name = ? WHERE device_id = ?",
                       (now_iso(), card.name, card.device_id))
            vault.audit("enroll", {"device_id": card.device_id, "name": card.name,
                                   "role": card.role, "fingerprint": cardmod.fingerprint(card)})
    return card


def _moment(text: str) -> str:
    """A date (YYYY-MM-DD) or an ISO time, as UTC text that sorts with now_iso()."""
    import datetime as dt

    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return f"{day.isoformat()}T00:00:00.000Z"
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date (YYYY-MM-DD) or an ISO time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def revoke(vault: Vault, device_id: str, after_seq: int | None = None, *,
           since: str | None = None) -> dict[str, Any]:
    """Cut a seized device off, from now on: nothing it signs or authors that this archive
    does not already hold is merged without review, whatever its sequence number and
    whoever relays it (app.importer). What the archive already took in from it after the
    seizure is flagged for review: versions in its bundles numbered above `after_seq`,
    and versions it authored that arrived, or claim to be written, at or after `since`
    (the date of seizure)."""
    _require_archive(vault, "revoke devices")
    db = vault.db
    if after_seq is not None and after_seq < 0:
        raise InvalidInput("--after-seq must be 0 or more")
    at = now_iso()
    start = _moment(since) if since else None
    with db.transaction():
        current = device(db, device_id)
        if current is None or not current.enrolled:
            raise NotFound(f"no enrolled device {device_id}")
        if current.revoked_at is not None:
            raise InvalidInput(f"device {device_id} was revoked already on {current.revoked_at}")
        if after_seq is None:  # nothing imported yet is flagged by number
            row = db.one("SELECT last_seq FROM sync_peers WHERE device_id = ?", (device_id,))
            after_seq = int(row[0]) if row else 0
        db.execute("UPDATE devices SET revoked_at = ?, revoked_after_seq = ?,"
                   " compromised_since = ? WHERE device_id = ?",
                   (at, after_seq, start or at, device_id))
        flagged = flag_suspect(db, device_id, after_seq=after_seq, since=start)
        detail = {"device_id": device_id, "name": current.card.name, "after_seq": after_seq,
                  "since": start, "suspect_versions": flagged}
        vault.audit("revoke", detail)
    return {**detail, "revoked_at": at}


def flag_suspect(db: Database, device_id: str, *, after_seq: int | None,
                 since: str | None) -> int:
    """Mark versions already merged from a seized device for review; how many were new."""
    before = db.one("SELECT count(*) FROM sync_suspect")[0]
    now = now_iso()
    if after_seq is not None:
        db.execute(
            "INSERT OR IGNORE INTO sync_suspect (version_id, device_id, record_id, flagged_at)"
            " SELECT p.version_id, ?, v.record_id, ? FROM sync_provenance p"
            " JOIN sync_bundles b ON b.sha256 = p.bundle_sha256"
            " JOIN versions v ON v.version_id = p.version_id"
            " WHERE b.device_id = ? AND b.seq > ?", (device_id, now, device_id, after_seq))
    if since is not None:
        db.execute(
            "INSERT OR IGNORE INTO sync_suspect (version_id, device_id, record_id, flagged_at)"
            " SELECT v.version_id, ?, v.record_id, ? FROM versions v"
            " WHERE v.author = ? AND (v.stored_at >= ? OR v.created_at >= ?)",
            (device_id, now, device_id, since, since))
        db.execute(
            "INSERT OR IGNORE INTO sync_suspect (version_id, device_id, record_id, flagged_at)"
            " SELECT p.version_id, ?, v.record_id, ? FROM sync_provenance p"
            " JOIN versions v ON v.version_id = p.version_id"
            " WHERE p.device_id = ? AND p.imported_at >= ?", (device_id, now, device_id, since))
    return int(db.one("SELECT count(*) FROM sync_suspect")[0]) - int(before)


def revoked_ids(db: Database) -> set[str]:
    return {r[0] for r in db.all("SELECT device_id FROM devices WHERE revoked_at IS NOT NULL")}


def enrolled(db: Database) -> list[dict[str, Any]]:
    rows = db.all(
        "SELECT d.device_id, d.name, d.role, d.enrolled_at, d.revoked_at, d.revoked_after_seq,"
        " p.last_seq, p.missing FROM devices d LEFT JOIN sync_peers p USING (device_id)"
        " WHERE d.enrolled_at IS NOT NULL ORDER BY d.enrolled_at")
    return [{"device_id": r[0], "name": r[1], "role": r[2], "enrolled_at": r[3],
             "revoked_at": r[4], "revoked_after_seq": r[5], "last_seq": r[6] or 0,
             "missing": json.loads(r[7] or "[]")} for r in rows]
