"""Receipts: the archive tells a device, in a signed and encrypted file, which of its
versions and evidence files it now holds; the device may then purge exactly those.

    receipt file = age v1 (to the device's X25519 recipient) of a ustar stream:
        receipt.json          canonical JSON (format "qorgau-receipt")
        receipt.json.minisig  minisign signature by the archive

Same tar and age layers as bundles (sync.bundle), so the stock tools open it too.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app import disclosure
from app.records import Records
from storage import canonical
from storage.atomic import atomic_writer
from storage.db import IN_LIST, as_list
from storage.errors import InvalidInput, NotFound
from storage.ids import is_uuid, now_iso, uuid7
from storage.vault import Vault
from sync import bundle as b
from sync import minisign, trust

FORMAT = "qorgau-receipt"
VERSION = 1
RECEIPT = "receipt.json"
RECEIPT_SIG = "receipt.json.minisig"
MAX_RECEIPT_BYTES = 64 << 20
PURGE_REASON = "acknowledged by the coordinator's receipt"


def _comment(receipt_sha: str, receipt_id: str, device_id: str) -> str:
    return f"qorgau receipt {receipt_id} for {device_id} sha256 {receipt_sha}"


# --- archive side -------------------------------------------------------------------------------


@dataclass
class ReceiptReport:
    path: str
    receipt_id: str
    device_id: str
    versions: int
    blobs: int
    status: str = "written"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def issue(vault: Vault, device_id: str, out: Path) -> ReceiptReport:
    """List what this archive holds of `device_id`'s work: versions it authored or that
    came in its bundles, and the evidence originals those versions name."""
    if vault.role != "archive":
        raise InvalidInput("only an archive vault writes receipts")
    db = vault.db
    device = trust.device(db, device_id)
    if device is None or not device.enrolled:
        raise NotFound(f"no enrolled device {device_id}")
    if device.revoked_at is not None:
        raise InvalidInput(f"device {device_id} was revoked on {device.revoked_at}: no receipt "
                           "goes to a seized device")
    out = Path(out).absolute()
    if out.exists():
        raise InvalidInput(f"{out} already exists: choose a new file name")
    versions = [r[0] for r in db.all(
        "SELECT version_id FROM versions WHERE author = ? UNION"
        " SELECT version_id FROM sync_provenance WHERE device_id = ? ORDER BY 1",
        (device_id, device_id))]
    blobs = sorted({r[0] for r in db.all(
        "SELECT json_extract(CAST(v.envelope AS TEXT), '$.body.sha256') FROM versions v"
        " WHERE v.kind = 'evidence' AND v.tombstone = 0 AND (v.author = ? OR v.version_id IN"
        " (SELECT version_id FROM sync_provenance WHERE device_id = ?))",
        (device_id, device_id)) if r[0]} & {r[0] for r in db.all("SELECT sha256 FROM blobs")})
    receipt_id, created_at = uuid7(), now_iso()
    body = canonical.dumps({
        "format": FORMAT, "version": VERSION, "receipt_id": receipt_id,
        "created_at": created_at, "archive": b.card_fields(trust.own_card(vault)),
        "device_id": device_id, "versions": versions, "blobs": blobs,
    })
    me = vault.identity
    sig = minisign.sign(me.sign_key, me.sign_key_id, body,
                          _comment(hashlib.sha256(body).hexdigest(), receipt_id, device_id))

    def produce(writer: BinaryIO) -> None:
        tar = b.TarWriter(writer, b.epoch(created_at))
        tar.add_bytes(RECEIPT, body)
        tar.add_bytes(RECEIPT_SIG, sig.encode("ascii"))
        tar.close()

    with atomic_writer(out) as fh:  # sealed: whole under its name, or nothing
        b.seal(fh, [device.card.age_recipient], produce)
    vault.audit("receipt_issued", {"receipt_id": receipt_id, "device_id": device_id,
                                   "versions": len(versions), "blobs": len(blobs)})
    return ReceiptReport(str(out), receipt_id, device_id, len(versions), len(blobs))


# --- device side ----------------------------------------------------------------------------


@dataclass
class AcceptReport:
    receipt_id: str
    coordinator: str
    status: str  # "accepted" or "duplicate"
    versions_acknowledged: int
    blobs_acknowledged: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _read(vault: Vault, path: Path) -> tuple[bytes, bytes]:
    def consume(plain: BinaryIO) -> tuple[bytes, bytes]:
        tar = b.TarReader(plain, names=lambda n: n in (RECEIPT, RECEIPT_SIG))
        parts = []
        for name, limit in ((RECEIPT, MAX_RECEIPT_BYTES), (RECEIPT_SIG, 16 << 10)):
            head = tar.next()
            if head is None or head[0] != name:
                raise b.Rejected("order", f"not a Qorgau receipt (expected {name})")
            parts.append(tar.read_member(head[1], limit))
        if tar.next() is not None:
            raise b.Rejected("count", "the receipt holds unexpected members")
        return parts[0], parts[1]

    with path.open("rb") as src:
        return b.unseal(src, vault.identity.box_identity, consume)


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        obj = canonical.loads(raw)
        ok = (isinstance(obj, dict) and obj.get("format") == FORMAT
              and obj.get("version") == VERSION and canonical.dumps(obj) == raw
              and set(obj) == {"format", "version", "receipt_id", "created_at", "archive",
                               "device_id", "versions", "blobs"}
              and is_uuid(obj["receipt_id"]) and isinstance(obj["created_at"], str)
              and all(isinstance(obj[k], list) and all(
                  isinstance(x, str) and len(x) == 64 for x in obj[k])
                  for k in ("versions", "blobs")))
    except (ValueError, UnicodeDecodeError, RecursionError):
        ok = False
    if not ok:
        raise b.Rejected("receipt", "the receipt is malformed")
    return obj


def accept(vault: Vault, path: Path) -> AcceptReport:
    """Check the receipt (encrypted to us, signed by a trusted coordinator, for this
    device) and mark what it lists, and this vault holds, as acknowledged."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"no such file: {path}")
    raw, sig = _read(vault, path)
    obj = _parse(raw)
    try:
        claimed = b.parse_card(obj["archive"], "archive")
    except b.Rejected:
        raise b.Rejected("receipt", "the receipt names a malformed archive card") from None
    coordinators = {c.device_id: c for c in trust.trusted(vault.db)}
    signer = coordinators.get(claimed.device_id)
    if signer is None or (signer.sign_public, signer.sign_key_id) != (
            claimed.sign_public, claimed.sign_key_id):
        raise b.Rejected("unknown_device", f"the receipt is from {claimed.name!r} "
                         f"({claimed.device_id}), which this vault does not trust")
    b.verify_signature(signer, raw, sig,
                       _comment(hashlib.sha256(raw).hexdigest(), obj["receipt_id"],
                                obj["device_id"]), "the receipt")
    if obj["device_id"] != vault.identity.device_id:
        raise b.Rejected("not_addressed", "the receipt is for another device")
    db = vault.db
    if db.one("SELECT 1 FROM sync_receipts_in WHERE receipt_id = ?", (obj["receipt_id"],)):
        return AcceptReport(obj["receipt_id"], signer.name, "duplicate", 0, 0)
    now = now_iso()
    with db.transaction():
        before = db.one("SELECT count(*) FROM sync_acks")[0]
        for kind, table, column in (("version", "versions", "version_id"),
                                    ("blob", "blobs", "sha256")):
            items = obj[f"{kind}s"]
            db.execute(
                "INSERT OR IGNORE INTO sync_acks (item, item_kind, coordinator, receipt_id,"
                f" acked_at) SELECT {column}, ?, ?, ?, ? FROM {table} WHERE {column} IN {IN_LIST}",
                (kind, signer.device_id, obj["receipt_id"], now, as_list(items)))
        versions = db.one("SELECT count(*) FROM sync_acks WHERE receipt_id = ? AND"
                          " item_kind = 'version'", (obj["receipt_id"],))[0]
        blobs = db.one("SELECT count(*) FROM sync_acks WHERE receipt_id = ? AND"
                       " item_kind = 'blob'", (obj["receipt_id"],))[0]
        db.execute("INSERT INTO sync_receipts_in (receipt_id, coordinator, created_at,"
                   " accepted_at, versions, blobs) VALUES (?,?,?,?,?,?)",
                   (obj["receipt_id"], signer.device_id, obj["created_at"], now,
                    len(obj["versions"]), len(obj["blobs"])))
        vault.audit("receipt_accepted", {"receipt_id": obj["receipt_id"],
                                         "coordinator": signer.device_id,
                                         "new_acks": db.one("SELECT count(*) FROM sync_acks")[0]
                                         - before})
    return AcceptReport(obj["receipt_id"], signer.name, "accepted", versions, blobs)


def purgeable(vault: Vault) -> list[str]:
    """Records every version of which a coordinator this vault still trusts acknowledged,
    and whose evidence original (if any, and still here) was acknowledged too; never a
    record holding a person's refusal (disclosure.restricting_records): on this laptop
    the refusal must keep withholding what it withholds, today and in records written
    later."""
    db = vault.db
    acked_blobs = {r[0] for r in db.all("SELECT item FROM sync_acks WHERE item_kind = 'blob'"
                                        f" AND {trust.ACK_FROM_TRUSTED}")}
    keep = disclosure.restricting_records(db)
    out = []
    for record_id, kind, body in db.all(
            "SELECT r.record_id, r.kind, r.body FROM records r WHERE NOT EXISTS ("
            " SELECT 1 FROM versions v WHERE v.record_id = r.record_id AND NOT EXISTS ("
            "  SELECT 1 FROM sync_acks WHERE item = v.version_id"
            f"  AND item_kind = 'version' AND {trust.ACK_FROM_TRUSTED}))"
            " ORDER BY r.record_id"):
        if record_id in keep:
            continue
        if kind == "evidence":
            sha = canonical.loads(body).get("sha256")
            if sha and vault.blobs.has(sha) and sha not in acked_blobs:
                continue
        out.append(record_id)
    return out


PURGE_BATCH = 200


def purge_acknowledged(vault: Vault, record_ids: Iterable[str] | None = None, *,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: threading.Event | None = None) -> int:
    """Remove acknowledged records from this device. `record_ids` limits the purge to
    those a person confirmed (each still only if purgeable now). Works in batches of
    PURGE_BATCH records, one transaction each, with progress(done, total); a cancel
    stops between batches (what was removed stays removed). Returns how many went."""
    if vault.role != "field":
        raise InvalidInput("an archive keeps everything: purge is for field vaults")
    ids = purgeable(vault)
    if record_ids is not None:
        wanted = set(record_ids)
        ids = [r for r in ids if r in wanted]
    records, done = Records(vault), 0
    for i in range(0, len(ids), PURGE_BATCH):
        if cancel is not None and cancel.is_set():
            break
        done += records.purge(ids[i:i + PURGE_BATCH], reason=PURGE_REASON)
        if progress is not None:
            progress(min(i + PURGE_BATCH, len(ids)), len(ids))
    return done
