"""Verify, import and merge bundles into an archive vault.

One pass over the file: age decryption streams through a pipe into the strict tar
reader; the signed manifest is checked before any content is read; each member is
hashed as it passes and compared with the manifest; versions go through the one write
path (`Records.insert_foreign`, which checks the author's signature and the body);
evidence originals go straight into the encrypted blob store (for a big bundle, through a
child process that encrypts them on the other core while this one decrypts the bundle
and checks the records, whose signatures and bodies the vault's worker processes check).
No plaintext touches the disk. Everything happens inside one database transaction,
committed only after the last age chunk has authenticated, so a bundle merges whole or
not at all; evidence files written for a bundle that is then refused are removed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app import schema
from app.records import CLOCK_LEAP_MAX, Records, Version, VersionRefused
from app.version import VERSION
from storage import signatures
from storage.blobs import Storer
from storage.db import IN_LIST, as_list
from storage.errors import (
    EXIT_DUPLICATE,
    EXIT_OK,
    EXIT_QUARANTINED,
    EXIT_REJECTED,
    Cancelled,
    IntegrityFailure,
    InvalidInput,
    NotFound,
)
from storage.ids import now_iso
from storage.vault import Vault
from sync import bundle as b
from sync import card as cardmod
from sync import trust

Progress = Callable[[int, int], None]

MERGED, DUPLICATE, REJECTED, QUARANTINED = "merged", "duplicate", "rejected", "quarantined"
EXIT_CODES = {MERGED: EXIT_OK, DUPLICATE: EXIT_DUPLICATE, REJECTED: EXIT_REJECTED,
              QUARANTINED: EXIT_QUARANTINED}
# Several files in one command: the most urgent outcome decides the exit code.
URGENCY = (QUARANTINED, REJECTED, DUPLICATE, MERGED)
MAX_SIG_BYTES = 16 << 10
# Versions are merged in batches of this many (or this many bytes of envelopes, so a
# bundle of large versions keeps memory bounded): a few statements per batch, not per
# version; each statement costs more than its rows under SQLCipher's memory security.
BATCH_VERSIONS = 1000
BATCH_BYTES = 16 << 20


@dataclass
class ImportReport:
    file: str
    status: str = REJECTED
    dry_run: bool = False
    reason: str | None = None
    reason_code: str | None = None
    alert: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    seq: int | None = None
    bundle_id: str | None = None
    bundle_sha256: str | None = None
    records_new: int = 0
    records_known: int = 0
    versions_new: int = 0
    versions_known: int = 0
    conflicts: list[str] = field(default_factory=list)
    blobs_new: int = 0
    blobs_known: int = 0
    gaps: list[list[int]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Decision:
    status: str  # MERGED (go ahead), DUPLICATE or QUARANTINED
    code: str | None = None
    alert: str | None = None


class _Stop(Exception):
    """Raised to roll back the transaction of a dry run or a quarantined bundle."""


# --- sequence rules ---------------------------------------------------------------------------


def _merged_at(db: Any, device_id: str, seq: int) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.all(
        "SELECT sha256, prev_sha256 FROM sync_bundles WHERE device_id = ? AND seq = ?"
        " AND status != 'quarantined'", (device_id, seq))]


def decide(db: Any, m: b.Manifest, sender: trust.Device, *, release: bool = False) -> _Decision:
    """Duplicate, fork/rollback, revoked — or go ahead (gaps are fine, see docs)."""
    row = db.one("SELECT status FROM sync_bundles WHERE sha256 = ?", (m.sha256,))
    if row is not None and not (release and row[0] == QUARANTINED):
        return _Decision(DUPLICATE, "duplicate" if row[0] != QUARANTINED else "quarantined",
                         None)
    if release:
        return _Decision(MERGED)
    name = f"device {sender.card.name!r} ({sender.card.device_id})"
    if sender.revoked_at is not None:
        # A cut-off in time, not a sequence number: with the seized key, whoever holds it
        # can sign any number the archive never received (a stick lost in transit).
        return _Decision(QUARANTINED, "revoked", (
            f"ALERT: {name} was revoked on {sender.revoked_at} (its key may be in other "
            f"hands), and this bundle (seq {m.seq}) was not imported before: whoever holds "
            "its key may have made it. It is quarantined, not merged."))
    same = _merged_at(db, m.device.device_id, m.seq)
    if same:
        return _Decision(QUARANTINED, "fork", (
            f"ALERT: {name} sent a different bundle with the same number {m.seq}: its vault was "
            "copied or restored from a backup, or its key is in someone else's hands. "
            "It is quarantined, not merged; check with the field worker."))
    before = _merged_at(db, m.device.device_id, m.seq - 1)
    after = _merged_at(db, m.device.device_id, m.seq + 1)
    if any(sha != m.prev_sha256 for sha, _ in before) or any(
            prev != m.sha256 for _, prev in after):
        return _Decision(QUARANTINED, "rollback", (
            f"ALERT: bundle {m.seq} of {name} does not follow on from the bundles already "
            "imported (previous-bundle hash mismatch): a rollback or a fork. It is "
            "quarantined, not merged; check with the field worker."))
    return _Decision(MERGED)


def _missing_ranges(db: Any, device_id: str) -> tuple[int, str, list[list[int]]]:
    seqs = [r[0] for r in db.all("SELECT DISTINCT seq FROM sync_bundles WHERE device_id = ?"
                                 " AND status != 'quarantined' ORDER BY seq", (device_id,))]
    gaps, expected = [], 1
    for s in seqs:
        if s > expected:
            gaps.append([expected, s - 1])
        expected = s + 1
    last = seqs[-1] if seqs else 0
    row = db.one("SELECT sha256 FROM sync_bundles WHERE device_id = ? AND seq = ? AND status"
                 " != 'quarantined' ORDER BY imported_at LIMIT 1", (device_id, last))
    return last, row[0] if row else b.GENESIS, gaps


# --- one bundle ---------------------------------------------------------------------------------


class _Session:
    def __init__(self, vault: Vault, report: ImportReport, limits: b.Limits, dry_run: bool,
                 release: bool, cancel: threading.Event | None,
                 waived: frozenset[str] = frozenset()) -> None:
        self.vault = vault
        self.cancel = cancel
        self.db = vault.db
        self.records = Records(vault)
        self.report = report
        self.limits = limits
        self.dry_run = dry_run
        self.release = release
        # On a release: the reason the person was shown and checked. Only it is waived
        # among the checks of what the bundle carries (write authority, a revoked author).
        self.waived = waived
        self.me = trust.own_card(vault)
        self.manifest: b.Manifest | None = None
        self.decision = _Decision(MERGED)
        self.new_blob_files: list[str] = []
        self.touched: dict[str, bool] = {}  # record id -> existed before this bundle
        self.evidence: dict[str, str] = {}  # sha256 -> mime, of evidence versions carried
        self.carried: list[str] = []  # every version of the bundle, for provenance
        self.revoked = trust.revoked_ids(self.db)
        # One ceiling for the whole bundle: its versions cannot ratchet the clock up.
        self.clock_ceiling = self.records.clock() + CLOCK_LEAP_MAX
        self.roles: dict[str, str] = {}
        self.storer: Storer | None = None  # while the originals are read

    # The consumer of the decrypted stream. Runs inside the caller's transaction.
    def consume(self, plain: BinaryIO) -> None:
        tar = b.TarReader(plain, self.limits)
        raw = self._member(tar, b.MANIFEST, self.limits.manifest_bytes)
        m = b.parse_manifest(raw, self.limits)
        self.manifest = m
        r = self.report
        r.device_id, r.device_name, r.seq = m.device.device_id, m.device.name, m.seq
        r.bundle_id, r.bundle_sha256 = m.bundle_id, m.sha256
        sender = self._check_sender(m, self._member(tar, b.MANIFEST_SIG, MAX_SIG_BYTES))
        # Named as this archive enrolled it, never as its own manifest says it is called
        # (a hostile device could call itself after a trusted colleague's laptop).
        r.device_name = sender.card.name
        sums = self._member(tar, b.SUMS, self.limits.manifest_bytes)
        if sums != b.render_sums(m.members):
            raise b.Rejected("manifest", "SHA256SUMS does not match the signed manifest")
        b.verify_signature(sender.card, sums, self._member(tar, b.SUMS_SIG, MAX_SIG_BYTES),
                           b.trusted_comment("bundle-sums", m.sha256, m.bundle_id, m.seq),
                           "SHA256SUMS")
        self.decision = decide(self.db, m, sender, release=self.release)
        if self.decision.status == DUPLICATE and not self.dry_run:
            return  # the signed manifest is merged already: nothing more to read
        authors = self._authors(m, sender)
        # Each record's derived state once per bundle; signatures checked on every core.
        with self.records.deferred_refresh():
            self._versions(tar, m.version_ids, authors, self.vault.workers)
        store = self.decision.status == MERGED and not self.dry_run
        blobs = m.members[2 * len(m.version_ids):]
        # The originals are encrypted into the blob store by a child process on the
        # other core while this one decrypts the bundle (storage/age_worker.py).
        self.storer = self.vault.blobs.storing(sum(blob.size for blob in blobs) if store else 0)
        try:
            for member in blobs:
                self._blob(tar, member, store)
            self.new_blob_files += self.storer.finish()
        finally:
            self.storer.abandon()
        if tar.next() is not None:
            raise b.Rejected("count", "the bundle holds more members than its manifest lists")

    def _member(self, tar: b.TarReader, name: str, limit: int) -> bytes:
        head = tar.next()
        if head is None:
            raise b.Rejected("count", f"the bundle ends before {name}: members are missing")
        if head[0] != name:
            raise b.Rejected("order", f"expected {name} but found {head[0]}: members are "
                                      "missing or out of order")
        return tar.read_member(head[1], limit)

    def _check_sender(self, m: b.Manifest, sig: bytes) -> trust.Device:
        sender = trust.device(self.db, m.device.device_id)
        who = f"device {m.device.device_id} ({m.device.name!r})"
        if sender is None or not sender.enrolled:
            raise b.Rejected("unknown_device", (
                f"the bundle is signed by {who}, which this archive has not enrolled: if you "
                "expect bundles from it, compare its identity card's fingerprint with the "
                "field worker and run `qorgau enroll`"))
        enrolled, claimed = sender.card, m.device
        if (enrolled.sign_public, enrolled.sign_key_id, enrolled.role,
                enrolled.age_recipient) != (claimed.sign_public, claimed.sign_key_id,
                                            claimed.role, claimed.age_recipient):
            raise b.Rejected("signature", (
                f"the bundle claims to come from {who} but names other keys than its enrolled "
                "identity card: it is forged, or from a re-installed device"))
        b.verify_signature(sender.card, m.raw, sig,
                           b.trusted_comment("bundle", m.sha256, m.bundle_id, m.seq),
                           "the manifest")
        if (self.me.device_id, cardmod.fingerprint(self.me)) not in m.recipients:
            raise b.Rejected("not_addressed", (
                "the bundle is not addressed to this archive: its signed list of recipients "
                "names other coordinators"))
        return sender

    def _authors(self, m: b.Manifest, sender: trust.Device) -> set[str]:
        # Versions by other devices travel with their authors' signatures, checked against
        # the authors' keys. An enrolled archive (an offsite copy) brings the keys of the
        # devices it enrolled; a field device may relay only versions of devices this
        # archive already knows, so it can never introduce a key.
        for author in m.authors:
            known = trust.device(self.db, author.device_id)
            if known is None and sender.card.role != "archive":
                raise b.Rejected("authors", (
                    f"the bundle relays versions by device {author.device_id} "
                    f"({author.name!r}), which this archive does not know: a field device may "
                    "relay versions only of devices the archive knows"))
            try:
                trust.add_known(self.db, author)
            except IntegrityFailure:
                raise b.Rejected("authors", (
                    f"the bundle names device {author.device_id} with other keys than the ones "
                    "this archive holds for it")) from None
        return {m.device.device_id, *(a.device_id for a in m.authors)}

    def _versions(self, tar: b.TarReader, version_ids: tuple[str, ...], authors: set[str],
                  verifier: signatures.Verifier) -> None:
        """Read the versions and merge them a batch at a time; the worker processes check
        each batch while this process reads the next and stores the one before. The first
        fault in the stream decides, as if each version were merged as it is read: a
        member that cannot be read is reported only after the versions before it are
        judged."""
        batch: list[tuple[str, Version]] = []
        size = 0
        checking: tuple[list[tuple[str, Version]], Callable[[], Any]] | None = None
        for vid in version_ids:
            try:
                version = self._read_version(tar, vid, authors)
            except Cancelled:
                raise
            except Exception:
                if checking is not None:
                    self._merge(*checking)
                if batch:
                    self._merge(batch, self.records.start_checks([v for _, v in batch],
                                                                 verifier))
                raise
            batch.append((vid, version))
            size += len(version.envelope)
            if len(batch) >= BATCH_VERSIONS or size >= BATCH_BYTES:
                checks = self.records.start_checks([v for _, v in batch], verifier)
                if checking is not None:
                    self._merge(*checking)
                checking, batch, size = (batch, checks), [], 0
        if checking is not None:
            self._merge(*checking)
        if batch:
            self._merge(batch, self.records.start_checks([v for _, v in batch], verifier))

    def _read_version(self, tar: b.TarReader, vid: str, authors: set[str]) -> Version:
        name = f"versions/{vid}.json"
        envelope = self._checked(tar, name, self.limits.version_bytes)
        sig = b.decode_sig(self._checked(tar, f"versions/{vid}.sig", b.SIG_MEMBER_SIZE),
                           f"versions/{vid}.sig")
        try:
            version = Version.from_envelope(envelope, sig)
        except InvalidInput as exc:
            raise b.Rejected("version", f"{name}: {exc}") from None
        except RecursionError:
            raise b.Rejected("version", f"{name}: nested too deeply to be a record") from None
        if version.author not in authors:
            raise b.Rejected("authors", f"{name} is by device {version.author}, which the "
                                        "manifest does not name")
        if version.kind not in schema.KINDS:
            # A field laptop upgraded before its archive (consent records, statistics
            # stubs...): say what to do, not "unknown record kind" — once its author's
            # signature holds, so that a forgery never reads as a reason to upgrade.
            try:
                self.records.verify_signature(version)
            except (IntegrityFailure, InvalidInput) as exc:
                raise b.Rejected("version", f"{name}: {exc}") from None
            kind, ours = version.kind, VERSION
            raise b.Rejected("newer_kind", (
                f"this bundle holds records of a kind this archive's Qorgau ({ours}) does "
                f"not know yet ({kind}): it was made by a newer Qorgau. Upgrade Qorgau on "
                "this computer to the field laptops' version first, then import the same "
                "bundle again; nothing was imported"))
        return version

    def _merge(self, batch: list[tuple[str, Version]], checks: Callable[[], Any]) -> None:
        if not batch:
            return
        m = self.manifest
        assert m is not None
        first_seen = list(dict.fromkeys(v.record_id for _, v in batch
                                        if v.record_id not in self.touched))
        held = {r[0] for r in self.db.all(
            f"SELECT DISTINCT record_id FROM versions WHERE record_id IN {IN_LIST}",
            (as_list(first_seen),))}
        self.touched.update((rid, rid in held) for rid in first_seen)
        try:
            news = self.records.insert_foreign_many(
                [v for _, v in batch], origin=f"bundle:{m.bundle_id}",
                clock_ceiling=self.clock_ceiling, checks=checks)
        except VersionRefused as refused:
            name, exc = f"versions/{batch[refused.index][0]}.json", refused.cause
            raise b.Rejected("version", f"{name}: {exc}") from None
        for (vid, version), new in zip(batch, news, strict=True):
            self._merged(vid, version, new)

    def _merged(self, vid: str, version: Version, new: bool) -> None:
        self.carried.append(vid)
        if new and version.author in self.revoked and not (
                "revoked" in self.waived and self.manifest is not None
                and version.author == self.manifest.device.device_id):
            # (Releasing a revoked device's own bundle, the person was shown that it is
            # revoked: its own versions are what they released; another revoked device's
            # relayed inside it are not.)
            self._hold("revoked_author", (
                f"ALERT: the bundle carries version {vid[:12]}… of record {version.record_id}, "
                f"authored by device {version.author}, which was revoked (seized): whoever "
                "holds its key may have made it. The bundle is quarantined, not merged."))
        if new:
            self.report.versions_new += 1
        else:
            self.report.versions_known += 1
        if version.kind == "evidence" and version.tombstone is None:
            sha = version.body.get("sha256")
            if isinstance(sha, str):
                self.evidence.setdefault(sha, str(version.body.get("mime")
                                                  or "application/octet-stream"))

    def _hold(self, code: str, alert: str) -> None:
        """Quarantine the bundle (the first reason found is the one shown), unless it is
        already held or a duplicate. A release waives only the reason a person was shown
        and checked with the field worker: a reason found now (a tombstone of a colleague's
        record behind a "rollback") holds the bundle again, with that reason shown."""
        if self.decision.status != MERGED or (self.release and code in self.waived):
            return
        self.decision = _Decision(QUARANTINED, code, alert)

    def _role(self, device_id: str) -> str:
        if device_id not in self.roles:
            row = self.db.one("SELECT role FROM devices WHERE device_id = ?", (device_id,))
            self.roles[device_id] = row[0] if row else "field"
        return self.roles[device_id]

    def _check_authority(self) -> None:
        """Write authority: a field device writes versions (tombstones included) only of
        records it created; an archive may write any. Checked over each touched record's
        whole history once the bundle is in, so the order versions arrive in is no help."""
        histories: dict[str, list[tuple[str, bool]]] = {rid: [] for rid in self.touched}
        for record_id, author, root in self.db.all(  # one query, not one per record
                "SELECT v.record_id, v.author, NOT EXISTS (SELECT 1 FROM version_parents p"
                " WHERE p.version_id = v.version_id) FROM versions v"
                f" WHERE v.record_id IN {IN_LIST} ORDER BY v.rowid", (as_list(self.touched),)):
            histories[record_id].append((author, root))
        for record_id, rows in histories.items():
            field = {a for a, _ in rows if self._role(a) != "archive"}
            if not field:
                continue
            # The creator: the author of the first root version held (a later parentless
            # version for the same id is a hijack, not a second creation).
            owner = next((a for a, root in rows if root), None)
            intruders = (field - {owner}) if owner is not None else (
                field if len(field) > 1 else set())
            if owner is not None and intruders:
                # A coordinator may have handed the owner's records to another device.
                intruders = {a for a in intruders if self.db.one(
                    "SELECT 1 FROM sync_grants WHERE grantee = ? AND owner = ?",
                    (a, owner)) is None}
            if intruders:
                self._hold("authority", (
                    f"ALERT: the bundle carries versions of record {record_id} by device(s) "
                    f"{', '.join(sorted(intruders))}, which did not create it: a field device "
                    "may change only the records it created. The bundle is quarantined, not "
                    "merged; check with the field worker."))
                return

    def _checked(self, tar: b.TarReader, name: str, limit: int) -> bytes:
        member = self._expect(tar, name)
        data = tar.read_member(member.size, limit)
        if hashlib.sha256(data).hexdigest() != member.sha256:
            raise b.Rejected("hash", f"{name} does not match the SHA-256 in the signed manifest: "
                                     "it was altered or damaged")
        return data

    def _expect(self, tar: b.TarReader, name: str) -> b.Member:
        m = self.manifest
        assert m is not None
        member = self._by_name()[name]
        head = tar.next()
        if head is None:
            raise b.Rejected("count", f"the bundle ends before {name}: members are missing")
        if head[0] != name:
            raise b.Rejected("order", f"expected {name} but found {head[0]}: members are "
                                      "missing, extra or out of order")
        if head[1] != member.size:
            raise b.Rejected("size", f"{name} is {head[1]} bytes, the signed manifest says "
                                     f"{member.size}")
        return member

    def _by_name(self) -> dict[str, b.Member]:
        cached = getattr(self, "_names", None)
        if cached is None:
            assert self.manifest is not None
            cached = {mem.name: mem for mem in self.manifest.members}
            self._names = cached
        return cached

    def _blob(self, tar: b.TarReader, member: b.Member, store: bool) -> None:
        self._expect(tar, member.name)
        sha = member.sha256
        held = self.db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)) is not None
        stream = tar.stream_member(member.size, hashed=not (store and not held))
        if store and not held:
            file_was_there = self.vault.blobs.has(sha)
            try:
                assert self.storer is not None
                got, size = self.storer.put(stream, member.size, cancel=self.cancel)
            except Exception:
                if stream.error is not None:
                    raise stream.error from None  # not pyrage's wrapper of it
                raise
            if self.storer.child is None and (not file_was_there or got != sha):
                self.new_blob_files.append(got)  # a child's files are placed at finish
            stream.drain()
        else:
            got, size = stream.drain(), member.size
        if got != sha or size != member.size:
            raise b.Rejected("hash", f"{member.name} does not match the SHA-256 in the signed "
                                     "manifest: it was altered or damaged")
        if held:
            self.report.blobs_known += 1
            return
        self.report.blobs_new += 1
        self.db.execute("INSERT INTO blobs (sha256, size, mime, stored_at) VALUES (?,?,?,?)",
                        (sha, size, self.evidence.get(sha, "application/octet-stream"),
                         now_iso()))

    # After the whole file has decrypted and authenticated.
    def finish(self) -> None:
        m = self.manifest
        assert m is not None
        self._check_authority()
        for sha in self.evidence:
            if self.db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)) is None:
                raise b.Rejected("count", f"evidence file {sha[:12]}… is named by a record in "
                                          "the bundle but is neither in it nor in the archive")
        now = now_iso()
        self.db.executemany(
            "INSERT OR IGNORE INTO sync_provenance (version_id, device_id, bundle_sha256,"
            " bundle_id, imported_at) VALUES (?,?,?,?,?)",
            [(vid, m.device.device_id, m.sha256, m.bundle_id, now) for vid in self.carried])
        r = self.report
        r.records_new = sum(1 for existed in self.touched.values() if not existed)
        r.records_known = len(self.touched) - r.records_new
        if self.touched:
            r.conflicts = sorted(rid for (rid,) in self.db.all(
                f"SELECT record_id FROM records WHERE head_count > 1 AND record_id IN {IN_LIST}",
                (as_list(self.touched),)))

    def record(self, status: str, reason: str | None = None) -> None:
        """Write the bundle's row, the device's sequence state and the audit entry."""
        m = self.manifest
        assert m is not None
        db, r = self.db, self.report
        now = now_iso()
        if self.release:
            db.execute("UPDATE sync_bundles SET status = 'released', reason = ?, imported_at = ?,"
                       " versions_new = ?, versions_known = ?, blobs_new = ? WHERE sha256 = ?",
                       (reason, now, r.versions_new, r.versions_known, r.blobs_new, m.sha256))
            db.execute("UPDATE sync_quarantine SET released_at = ? WHERE bundle_sha256 = ?",
                       (now, m.sha256))
        else:
            db.execute(
                "INSERT INTO sync_bundles (sha256, bundle_id, device_id, seq, prev_sha256,"
                " created_at, status, reason, imported_at, versions_new, versions_known,"
                " blobs_new) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (m.sha256, m.bundle_id, m.device.device_id, m.seq, m.prev_sha256, m.created_at,
                 status, reason, now, r.versions_new, r.versions_known, r.blobs_new))
        last, last_sha, gaps = _missing_ranges(db, m.device.device_id)
        db.execute("INSERT INTO sync_peers (device_id, last_seq, last_sha256, missing, updated_at)"
                   " VALUES (?,?,?,?,?) ON CONFLICT (device_id) DO UPDATE SET"
                   " last_seq = excluded.last_seq, last_sha256 = excluded.last_sha256,"
                   " missing = excluded.missing, updated_at = excluded.updated_at",
                   (m.device.device_id, last, last_sha, json.dumps(gaps), now))
        r.gaps = gaps
        self.vault.audit("bundle_released" if self.release else "bundle_import", {
            "bundle_id": m.bundle_id, "sha256": m.sha256, "device_id": m.device.device_id,
            "seq": m.seq, "versions_new": r.versions_new, "versions_known": r.versions_known,
            "blobs_new": r.blobs_new, "conflicts": len(r.conflicts), "gaps": gaps})

    def remove_new_blobs(self) -> None:
        for sha in self.new_blob_files:
            self.vault.blobs.remove(sha)
        self.new_blob_files.clear()


def import_bundle(vault: Vault, path: Path, *, dry_run: bool = False,
                  progress: Progress | None = None, cancel: threading.Event | None = None,
                  limits: b.Limits = b.DEFAULT_LIMITS, release: bool = False,
                  waived: frozenset[str] = frozenset()) -> ImportReport:
    """Verify (dry_run) or import one bundle file. Faults of the bundle come back as a
    report with status "rejected"; faults of this machine (disk full, cancel) raise."""
    if vault.role != "archive":
        raise InvalidInput("only an archive vault imports bundles (this is a field vault)")
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"no such file: {path}")
    report = ImportReport(file=str(path), dry_run=dry_run)
    session = _Session(vault, report, limits, dry_run, release, cancel, waived)
    db = vault.db
    try:
        with path.open("rb") as src, db.transaction():
            b.unseal(src, vault.identity.box_identity, session.consume,
                     total=path.stat().st_size, progress=progress, cancel=cancel)
            decision = session.decision
            if decision.status == DUPLICATE:
                report.status, report.reason_code = DUPLICATE, decision.code
                report.reason = ("this bundle was imported before; nothing changed"
                                 if decision.code == "duplicate" else
                                 "this bundle is already in quarantine; nothing changed")
                if dry_run:
                    raise _Stop()
                return report
            session.finish()  # may quarantine (write authority)
            if dry_run or session.decision.status == QUARANTINED:
                raise _Stop()
            session.record(MERGED)
        report.status = MERGED
        return report
    except b.Rejected as exc:
        session.remove_new_blobs()
        _reset_counts(report)
        report.status, report.reason, report.reason_code = REJECTED, str(exc), exc.code
        return report
    except _Stop:
        session.remove_new_blobs()  # a bundle held back at the end stored none for good
    except BaseException:
        session.remove_new_blobs()
        raise
    decision = session.decision
    if decision.status == QUARANTINED:
        report.status, report.reason_code, report.alert = QUARANTINED, decision.code, decision.alert
        report.reason = decision.alert
        if not dry_run:
            _quarantine(vault, session, path)
    elif report.status != DUPLICATE:
        report.status = MERGED  # dry run: it would be merged
    return report


def _reset_counts(report: ImportReport) -> None:
    for name in ("records_new", "records_known", "versions_new", "versions_known",
                 "blobs_new", "blobs_known"):
        setattr(report, name, 0)
    report.conflicts = []


def _quarantine(vault: Vault, session: _Session, path: Path) -> None:
    """Keep the original age file, re-encrypted in the blob store, for a later release."""
    m, d, r = session.manifest, session.decision, session.report
    assert m is not None and d.alert is not None
    _reset_counts(r)
    if session.release:  # held again, for a reason found only now: its copy is kept
        with vault.db.transaction():
            vault.db.execute("UPDATE sync_quarantine SET reason_code = ?, alert = ?"
                             " WHERE bundle_sha256 = ?", (d.code, d.alert, m.sha256))
            vault.db.execute("UPDATE sync_bundles SET reason = ? WHERE sha256 = ?",
                             (d.code, m.sha256))
            vault.audit("bundle_quarantined", {"bundle_id": m.bundle_id, "sha256": m.sha256,
                                               "device_id": m.device.device_id, "seq": m.seq,
                                               "reason": d.code, "alert": d.alert,
                                               "on_release": True})
        return
    with path.open("rb") as src:
        file_sha, size = vault.blobs.put(src)
    with vault.db.transaction():
        vault.db.execute(
            "INSERT INTO sync_bundles (sha256, bundle_id, device_id, seq, prev_sha256,"
            " created_at, status, reason, imported_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (m.sha256, m.bundle_id, m.device.device_id, m.seq, m.prev_sha256, m.created_at,
             QUARANTINED, d.code, now_iso()))
        vault.db.execute(
            "INSERT INTO sync_quarantine (bundle_sha256, file_sha256, file_size, reason_code,"
            " alert, quarantined_at) VALUES (?,?,?,?,?,?)",
            (m.sha256, file_sha, size, d.code, d.alert, now_iso()))
        vault.audit("bundle_quarantined", {"bundle_id": m.bundle_id, "sha256": m.sha256,
                                           "device_id": m.device.device_id, "seq": m.seq,
                                           "reason": d.code, "alert": d.alert})


# --- quarantine management ----------------------------------------------------------------


def quarantined(vault: Vault) -> list[dict[str, Any]]:
    rows = vault.db.all(
        "SELECT q.bundle_sha256, b.bundle_id, b.device_id, d.name, b.seq, q.reason_code,"
        " q.alert, q.quarantined_at, q.released_at, q.file_size FROM sync_quarantine q"
        " JOIN sync_bundles b ON b.sha256 = q.bundle_sha256"
        " LEFT JOIN devices d ON d.device_id = b.device_id ORDER BY q.quarantined_at")
    keys = ("bundle_sha256", "bundle_id", "device_id", "device_name", "seq", "reason",
            "alert", "quarantined_at", "released_at", "file_size")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def release(vault: Vault, bundle_sha256: str, *, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> ImportReport:
    """Merge a quarantined bundle after a coordinator has checked it with the field
    worker. Every integrity check runs again; the sequence and revocation rules are
    waived, and of the checks of what the bundle carries only the reason the person was
    shown: another one found holds it again, with that reason. The age file is copied
    out of the blob store still encrypted."""
    row = vault.db.one("SELECT file_sha256, reason_code FROM sync_quarantine"
                       " WHERE bundle_sha256 = ? AND released_at IS NULL", (bundle_sha256,))
    if row is None:
        raise NotFound(f"no quarantined bundle {bundle_sha256}")
    tmp = vault.path / f".release-{os.getpid()}.partial"
    try:
        with tmp.open("wb") as fh:
            vault.blobs.copy_to(row[0], fh)
        report = import_bundle(vault, tmp, progress=progress, cancel=cancel, release=True,
                               waived=frozenset({row[1]}))
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    if report.status == MERGED and vault.db.one("SELECT 1 FROM blobs WHERE sha256 = ?",
                                                (row[0],)) is None:
        # Merged: its versions are in the archive, signed. The kept copy would otherwise
        # outlive them: a withdrawn person's purge removes the versions, never this file.
        vault.blobs.remove(row[0])
    report.file = f"quarantine:{bundle_sha256}"
    return report


def summary_code(reports: list[ImportReport]) -> int:
    for status in URGENCY:
        if any(r.status == status for r in reports):
            return EXIT_CODES[status]
    return EXIT_OK
