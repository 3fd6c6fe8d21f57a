"""Export: seal what the coordinators have not acknowledged into one bundle file.

The file is written to a hidden `.partial` name beside the target, fsynced, and renamed
only when complete, so a bundle on a USB stick is always whole. The bundle's sequence
number is committed before the rename: a crash between the two costs a gap in the
sequence (which the archive accepts and logs), never two bundles with one number
(which it must quarantine as a fork).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app import disclosure, stubs
from storage.atomic import DISK_FULL, fsync_dir, io_fault, nearly_full, partial_path
from storage.db import IN_LIST, as_list
from storage.errors import (
    Cancelled,
    EnvironmentFault,
    IntegrityFailure,
    InvalidInput,
    NotFound,
    QorgauError,
)
from storage.ids import now_iso, uuid7
from storage.vault import Vault
from sync import bundle as b
from sync import trust

Progress = Callable[[int, int], None]  # bytes done, bytes total


@dataclass
class ExportReport:
    path: str
    written: bool
    bundle_id: str = ""
    seq: int = 0
    sha256: str = ""
    versions: int = 0
    blobs: int = 0
    bytes: int = 0
    recipients: list[str] = field(default_factory=list)
    withheld: list[dict[str, str]] = field(default_factory=list)
    dry_run: bool = False
    preview: dict[str, Any] = field(default_factory=dict)  # app.disclosure.preview
    stubs: int = 0  # anonymised stubs for statistics carried (app.stubs)


# --- consent ---------------------------------------------------------------------------------


def consent_withheld(vault: Vault) -> dict[str, tuple[str, str]]:
    """record id -> (kind, reason) of records that must not leave this vault: what the one
    disclosure rule (app.disclosure) withholds from the coordinator."""
    decision = disclosure.decide(vault.db, "bundle")
    return {rid: (decision.kinds.get(rid, ""), why.text())
            for rid, why in decision.withheld.items()}


# --- selection -------------------------------------------------------------------------------


@dataclass
class _Selection:
    versions: list[tuple[str, int, bytes, str]]  # (version id, envelope size, signature, author)
    blobs: list[tuple[str, int]]  # (sha256, size)


def _select(vault: Vault, everything: bool, withheld: set[str]) -> _Selection:
    db = vault.db
    unacked = "" if everything else (
        " AND version_id NOT IN (SELECT item FROM sync_acks WHERE item_kind = 'version'"
        f" AND {trust.ACK_FROM_TRUSTED})")
    versions = [(vid, size, bytes(sig), author) for vid, rid, size, sig, author in db.execute(
        "SELECT version_id, record_id, length(envelope), signature, author FROM versions"
        f" WHERE 1 = 1{unacked} ORDER BY clock, version_id") if rid not in withheld]
    # Originals of every evidence record that travels, unless already acknowledged:
    # an archive that acknowledged a file holds it, whichever version named it.
    wanted = {sha for rid, sha in db.execute(
        "SELECT record_id, json_extract(CAST(envelope AS TEXT), '$.body.sha256') FROM versions"
        " WHERE kind = 'evidence' AND tombstone = 0") if rid not in withheld and sha}
    if not everything:
        wanted -= {r[0] for r in db.all("SELECT item FROM sync_acks WHERE item_kind = 'blob'"
                                        f" AND {trust.ACK_FROM_TRUSTED}")}
    blobs = []
    for sha in sorted(wanted):
        row = db.one("SELECT size FROM blobs WHERE sha256 = ?", (sha,))
        if row is None or not vault.blobs.has(sha):
            raise NotFound(f"evidence file {sha[:12]}… is not in this vault, so it cannot be "
                           "exported: run `qorgau check`")
        blobs.append((sha, int(row[0])))
    return _Selection(versions, blobs)


def _authors(vault: Vault, sel: _Selection) -> list[Any]:
    ids = sorted({a for *_, a in sel.versions} - {vault.identity.device_id})
    cards = []
    for device_id in ids:
        dev = trust.device(vault.db, device_id)
        if dev is None:
            raise IntegrityFailure(f"versions by device {device_id} whose keys this vault lacks")
        cards.append(dev.card)
    return cards


# --- writing ---------------------------------------------------------------------------------


def _chosen(trusted: list[Any], wanted: Iterable[str] | None) -> list[Any]:
    """The trusted coordinators to seal to: all of them, or those named by device id."""
    if wanted is None:
        return trusted
    by_id = {c.device_id: c for c in trusted}
    wanted = list(dict.fromkeys(wanted))
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise InvalidInput(f"not a coordinator this vault trusts: {', '.join(unknown)}")
    if not wanted:
        raise InvalidInput("choose at least one coordinator to seal the bundle to")
    return [by_id[w] for w in wanted]


def export(vault: Vault, out: Path, *, everything: bool = False,
           recipients: Iterable[str] | None = None,
           progress: Progress | None = None, cancel: threading.Event | None = None,
           limits: b.Limits = b.DEFAULT_LIMITS, dry_run: bool = False,
           lang: str = "en") -> ExportReport:
    """Seal a bundle to `recipients` (device ids of trusted coordinators; default: every
    coordinator this vault trusts). With `dry_run`, only say what would go and what the
    consent rule keeps here (report.preview, in `lang`), and write nothing."""
    out = Path(out).absolute()
    db = vault.db
    trusted = trust.trusted(db)
    if not trusted:
        raise InvalidInput("this vault trusts no coordinator yet: get the coordinator's identity "
                           "card, compare its fingerprint, then run `qorgau trust VAULT CARD`")
    sealed_to = _chosen(trusted, recipients)
    if out.exists() and not dry_run:
        raise InvalidInput(f"{out} already exists: choose a new file name")
    if not out.parent.is_dir() and not dry_run:
        raise NotFound(f"the folder {out.parent} does not exist")
    # The rule reads the vault once for this export (app.disclosure.index).
    idx = disclosure.index(db)
    decision = disclosure.decide(db, "bundle", idx)
    withheld = decision.withheld
    report = ExportReport(path=str(out), written=False, dry_run=dry_run,
                          recipients=[c.name for c in sealed_to],
                          withheld=[{"record_id": rid, "kind": decision.kinds.get(rid, ""),
                                     "person_id": why.person_id, "purpose": why.purpose,
                                     "answer": why.answer, "reason": why.text()}
                                    for rid, why in sorted(withheld.items())])
    # Anonymised stubs for statistics (app.stubs): made or updated before selecting, so
    # that they travel in this bundle; a dry run only counts them.
    report.stubs = stubs.planned(vault, idx, decision) if dry_run else stubs.sync(
        vault, idx, decision)
    sel = _select(vault, everything, set(withheld))
    if dry_run:
        going = {r for (r,) in db.all(
            f"SELECT record_id FROM versions WHERE version_id IN {IN_LIST}",
            (as_list(v[0] for v in sel.versions),))}
        report.preview = disclosure.preview(db, decision, lang, going=going)
        report.preview["statistics_stubs"] = report.stubs
        report.versions, report.blobs = len(sel.versions), len(sel.blobs)
        return report
    if not sel.versions and not sel.blobs:
        return report

    members: list[b.Member] = []
    for vid, size, sig, _author in sel.versions:
        members.append(b.Member(f"versions/{vid}.json", size, vid))
        members.append(b.Member(f"versions/{vid}.sig", b.SIG_MEMBER_SIZE,
                                hashlib.sha256(b.encode_sig(sig)).hexdigest()))
    members += [b.Member(f"blobs/{sha}", size, sha) for sha, size in sel.blobs]

    last = db.one("SELECT seq, sha256 FROM sync_exports ORDER BY seq DESC LIMIT 1")
    seq, prev = (last[0] + 1, last[1]) if last else (1, b.GENESIS)
    bundle_id, created_at = uuid7(), now_iso()
    manifest = b.build_manifest(
        bundle_id=bundle_id, created_at=created_at, device=trust.own_card(vault), seq=seq,
        prev_sha256=prev, recipients=sealed_to, authors=_authors(vault, sel), members=members)
    try:
        parsed = b.parse_manifest(manifest, limits)  # never write what an archive would refuse
    except b.Rejected as exc:
        raise InvalidInput(f"cannot export: {exc}") from None
    sums = b.render_sums(members)
    me = vault.identity
    manifest_sig, sums_sig = b.sign_header(me.sign_key, me.sign_key_id, manifest, bundle_id,
                                           seq, sums)
    header = [(b.MANIFEST, manifest), (b.MANIFEST_SIG, manifest_sig), (b.SUMS, sums),
              (b.SUMS_SIG, sums_sig)]
    total = b.tar_size([len(d) for _, d in header] + [m.size for m in members])

    def produce(writer: BinaryIO) -> None:
        tar = b.TarWriter(writer, parsed.mtime)
        for name, data in header:
            tar.add_bytes(name, data)
        # The child decrypting the originals starts now, so it is ahead when they come.
        with vault.blobs.reading(sel.blobs) as copy_to:  # each original read once
            rows = db.iterate(
                f"SELECT version_id, envelope FROM versions WHERE version_id IN {IN_LIST}"
                " ORDER BY clock, version_id", (as_list(v[0] for v in sel.versions),))
            for (vid, _size, sig, _author), (got, envelope) in zip(sel.versions, rows,
                                                                    strict=True):
                envelope = bytes(envelope)
                if got != vid or hashlib.sha256(envelope).hexdigest() != vid:
                    raise IntegrityFailure(f"version {vid[:12]}… does not match its hash: "
                                           "run `qorgau check` before exporting")
                tar.add_bytes(f"versions/{vid}.json", envelope)
                tar.add_bytes(f"versions/{vid}.sig", b.encode_sig(sig))
            for sha, size in sel.blobs:
                tar.add_stream(f"blobs/{sha}", size, lambda w, sha=sha: copy_to(sha, w))
        tar.close()

    tmp = partial_path(out)
    vault.start_output(tmp)  # removed on the next opening if this process is killed
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            b.seal(fh, [c.age_recipient for c in sealed_to], produce, total=total,
                   progress=progress, cancel=cancel)
            fh.flush()
            os.fsync(fh.fileno())
        _record(vault, parsed, sel, len(withheld))
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except Exception as exc:
        # A full stick surfaces as whichever error came first (a broken pipe between
        # the tar writer and age, or ENOSPC on close): name the cause.
        if not isinstance(exc, Cancelled) and nearly_full(out.parent):
            raise EnvironmentFault(DISK_FULL) from exc
        if isinstance(exc, OSError):
            raise io_fault(exc, f"write {out.name}") from exc
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        with contextlib.suppress(QorgauError):  # e.g. the disk is full: next opening cleans
            vault.end_output(tmp)
    report.written = True
    report.bundle_id, report.seq, report.sha256 = bundle_id, seq, parsed.sha256
    report.versions, report.blobs = len(sel.versions), len(sel.blobs)
    report.bytes = out.stat().st_size
    return report


def _record(vault: Vault, m: b.Manifest, sel: _Selection, withheld: int) -> None:
    db = vault.db
    with db.transaction():
        db.execute("INSERT INTO sync_exports (seq, bundle_id, sha256, prev_sha256, created_at,"
                   " versions, blobs, withheld) VALUES (?,?,?,?,?,?,?,?)",
                   (m.seq, m.bundle_id, m.sha256, m.prev_sha256, m.created_at,
                    len(sel.versions), len(sel.blobs), withheld))
        db.executemany("INSERT INTO sync_sealed (item, item_kind, seq) VALUES (?,?,?)",
                       [(v[0], "version", m.seq) for v in sel.versions]
                       + [(s, "blob", m.seq) for s, _ in sel.blobs])
        vault.audit("bundle_export", {
            "bundle_id": m.bundle_id, "seq": m.seq, "sha256": m.sha256,
            "versions": len(sel.versions), "blobs": len(sel.blobs), "withheld": withheld,
            "recipients": [r[0] for r in m.recipients]})
