"""Shared helpers for the bundle, import and receipt tests: real vaults, real bundles,
and a crafting kit for malformed ones (signed by a real device key, encrypted with
real age), plus a snapshot of everything an import may change."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyrage

from app import exporter, importer
from app.records import SIGNING_PREFIX, Records, build_envelope
from app.usecases.session import Session
from storage.ids import now_iso, uuid7
from storage.vault import Vault
from sync import bundle as b
from sync import card as cardmod
from sync import trust

PASSPHRASE = "correct horse battery staple"


def make_vault(path: Path, role: str = "field", name: str | None = None) -> Vault:
    vault, _code = Vault.create(path, PASSPHRASE, role=role,
                                name=name or ("Archive" if role == "archive" else path.name))
    return vault


def card_of(vault: Vault) -> bytes:
    return cardmod.to_json(trust.own_card(vault))


def link(field: Vault, archive: Vault) -> None:
    """The field vault seals to the archive; the archive accepts the field vault."""
    trust.trust(field, card_of(archive))
    trust.enroll(archive, card_of(field))


def pair_template(root: Path, field_name: str = "Lawyer laptop") -> Path:
    """A field vault and an archive, linked, made once and closed: tests open copies
    (`open_copy`), which is much cheaper than making vaults (fsyncs, migrations)."""
    field = make_vault(root / "field", name=field_name)
    archive = make_vault(root / "archive", "archive")
    link(field, archive)
    field.close()
    archive.close()
    return root


def open_copy(template: Path, name: str, dest: Path) -> Vault:
    shutil.copytree(template / name, dest)
    return Vault.open(dest, PASSPHRASE)


def export(vault: Vault, path: Path, **kw: Any) -> Path:
    report = exporter.export(vault, path, **kw)
    assert report.written, report
    return path


def import_(archive: Vault, path: Path, **kw: Any) -> importer.ImportReport:
    return importer.import_bundle(archive, path, **kw)


def new_case(records: Records, title: str = "Beating at IVS Taraz") -> str:
    return records.create("case", {"title": title, "city": "taraz"}).record_id


def copy_vault(src: Vault, dst: Path) -> None:
    """A vault folder copied while closed: the same keys, a separate history (a laptop
    restored from a backup, or a fresh archive with a known identity)."""
    shutil.copytree(src.path, dst)


def hand_over(src: Vault, dst: Vault, archive: Vault | None = None) -> None:
    """Give a second laptop the records of the first (a case handed over between team
    members): the same signed versions, through the one write path. With `archive`, its
    coordinator also grants the second laptop write authority over the first's records."""
    if archive is not None:
        from app.usecases import seizure

        seizure.grant(Session(archive), dst.identity.device_id, src.identity.device_id,
                      "case handed over to a colleague")
    trust.add_known(dst.db, trust.own_card(src))
    target = Records(dst)
    with dst.db.transaction():
        for version in Records(src).iter_versions():
            target.insert_foreign(version, origin="handover")


# --- what an import may change -------------------------------------------------------------

_TABLES = {
    "versions": "SELECT version_id, record_id, author, tombstone, envelope, signature"
                " FROM versions ORDER BY version_id",
    "heads": "SELECT record_id, version_id FROM heads ORDER BY 1, 2",
    "records": "SELECT record_id, kind, head, head_count, deleted, title, body, created_at,"
               " updated_at FROM records ORDER BY record_id",
    "links": "SELECT src, dst, rel FROM links ORDER BY 1, 2, 3",
    "blobs": "SELECT sha256, size, mime FROM blobs ORDER BY sha256",
    "devices": "SELECT device_id, sign_public, enrolled_at IS NOT NULL FROM devices ORDER BY 1",
}


def merged_state(vault: Vault) -> dict[str, Any]:
    """What must not depend on import order: versions, heads, current records, blobs."""
    state: dict[str, Any] = {k: vault.db.all(sql) for k, sql in _TABLES.items()}
    # Key order of the derived body text is not part of the state.
    state["records"] = [(*r[:6], json.loads(r[6]), *r[7:]) for r in state["records"]]
    state["blob_files"] = sorted(p.name for p in (vault.path / "blobs").rglob("*")
                                 if p.is_file()) if (vault.path / "blobs").exists() else []
    return state


def full_state(vault: Vault) -> dict[str, Any]:
    """Everything, for "the archive is unchanged"."""
    state = merged_state(vault)
    for table in ("sync_bundles", "sync_peers", "sync_quarantine", "sync_provenance",
                  "audit", "device"):
        state[table] = vault.db.all(f"SELECT * FROM {table} ORDER BY 1")
    state["files"] = sorted(str(p.relative_to(vault.path)) for p in vault.path.rglob("*")
                            if p.is_file() and p.suffix not in (".db-wal", ".db"))
    return state


# --- crafting malformed bundles ----------------------------------------------------------------


def signed_version(vault: Vault, *, record_id: str | None = None, kind: str = "case",
                   body: dict[str, Any] | None = None, parents: Iterable[str] = (),
                   clock: int = 1, author_key: Any = None) -> tuple[bytes, bytes]:
    """An envelope and signature made by hand (as a device would), not stored anywhere."""
    me = vault.identity
    envelope = build_envelope(record_id=record_id or uuid7(), kind=kind, parents=parents,
                              author=me.device_id, clock=clock, created_at=now_iso(),
                              tombstone=None, body=body or {"title": "Crafted case"})
    return envelope, (author_key or me.sign_key).sign(SIGNING_PREFIX + envelope)


def craft(signer: Vault, recipients: list[Vault], *, seq: int = 1, prev: str = b.GENESIS,
          versions: list[tuple[bytes, bytes]] | None = None, blobs: list[bytes] | None = None,
          authors: list[cardmod.IdentityCard] | None = None,
          manifest_edit: Callable[[dict[str, Any]], None] | None = None,
          members_edit: Callable[[list[tuple[str, bytes]]], None] | None = None,
          sign_key: Any = None, tar_edit: Callable[[bytes], bytes] | None = None,
          age_recipients: list[str] | None = None) -> bytes:
    """A bundle built member by member; each hook breaks one thing on purpose."""
    versions = versions if versions is not None else [signed_version(signer)]
    blobs = blobs or []
    content: list[tuple[str, bytes]] = []
    for envelope, sig in versions:
        vid = hashlib.sha256(envelope).hexdigest()
        content += [(f"versions/{vid}.json", envelope), (f"versions/{vid}.sig",
                                                          b.encode_sig(sig))]
    content += [(f"blobs/{hashlib.sha256(d).hexdigest()}", d) for d in blobs]
    members = [b.Member(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in content]
    bundle_id, created_at = uuid7(), now_iso()
    manifest = b.build_manifest(
        bundle_id=bundle_id, created_at=created_at, device=trust.own_card(signer), seq=seq,
        prev_sha256=prev, recipients=[trust.own_card(r) for r in recipients],
        authors=authors or [], members=members)
    if manifest_edit is not None:
        obj = json.loads(manifest)
        manifest_edit(obj)
        from storage import canonical

        manifest = canonical.dumps(obj)
    sums = b.render_sums(members)
    me = signer.identity
    msig, ssig = b.sign_header(sign_key or me.sign_key, me.sign_key_id, manifest, bundle_id,
                               seq, sums)
    entries = [(b.MANIFEST, manifest), (b.MANIFEST_SIG, msig), (b.SUMS, sums),
               (b.SUMS_SIG, ssig), *content]
    if members_edit is not None:
        members_edit(entries)
    out = io.BytesIO()
    tar = b.TarWriter(out, b.epoch(created_at))
    for name, data in entries:
        tar.add_bytes(name, data)
    tar.close()
    data = out.getvalue()
    if tar_edit is not None:
        data = tar_edit(data)
    keys = age_recipients or [r.identity.box_recipient for r in recipients]
    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(k) for k in keys])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# Random bytes can begin with a file type's magic (about once in 5,000 files an MP3
# frame or ADTS header), and the evidence path then treats them as that type and refuses
# them: a fixed head no type sniffer knows keeps such a test from failing by chance.
_NO_MAGIC = b"\x00qorgau test bytes\x00"


def random_file(path: Path, size: int) -> Path:
    head = _NO_MAGIC[:size]
    path.write_bytes(head + os.urandom(size - len(head)))
    return path
