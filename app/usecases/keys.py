"""Keys, after a seizure or a coerced passphrase: issue a new recovery code, and
re-encrypt the evidence files under a new key (changing the passphrase, which replaces
the database key too, is app.usecases.vault.change_passphrase). docs/security.md says
what an old copy of the key file opens before and after."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pyrage

from app.usecases.session import Session
from storage.errors import Cancelled
from storage.vault import Vault

Progress = Callable[[int, int], None]  # files done, files in all


def new_recovery_code(session: Session, passphrase: str) -> str:
    """Replace the recovery code (the old one then opens nothing); to show once."""
    return session.vault.new_recovery_code(passphrase)


def evidence_rekey_state(session: Session) -> dict[str, Any]:
    """For a screen: whether a re-encryption is under way and how far it got."""
    db = session.db
    pending = db.one("SELECT blob_secret_next IS NOT NULL FROM device WHERE id = 1")[0]
    return {"in_progress": bool(pending),
            "done": int(db.one("SELECT count(*) FROM blob_rekeyed")[0]),
            "total": len(_files(session.vault))}


def _files(vault: Vault) -> list[str]:
    # Evidence originals, and the encrypted copies of bundles waiting in quarantine.
    rows = vault.db.all("SELECT sha256 FROM blobs UNION SELECT file_sha256 FROM"
                        " sync_quarantine WHERE released_at IS NULL ORDER BY 1")
    return [r[0] for r in rows]


def reencrypt_evidence(session: Session, *, progress: Progress | None = None,
                       cancel: threading.Event | None = None) -> dict[str, Any]:
    """Re-encrypt every evidence file under a new blob key, so that an old copy of the
    database (which holds the old key) no longer opens the files kept since. Resumable:
    cancelled or interrupted, it carries on where it stopped next time; until it ends,
    files are read with either key. Raises Cancelled when asked to stop."""
    db = session.db
    with db.transaction():
        if db.one("SELECT blob_secret_next FROM device WHERE id = 1")[0] is None:
            db.execute("UPDATE device SET blob_secret_next = ? WHERE id = 1",
                       (str(pyrage.x25519.Identity.generate()),))
            db.execute("DELETE FROM blob_rekeyed")
            session.vault.audit("evidence_rekey_started", {})
    session.vault.reload_identity()
    new_identity = db.one("SELECT blob_secret_next FROM device WHERE id = 1")[0]
    recipient = pyrage.x25519.Identity.from_str(new_identity).to_public()
    done = {r[0] for r in db.all("SELECT sha256 FROM blob_rekeyed")}
    files = _files(session.vault)
    todo = [sha for sha in files if sha not in done]
    total, count = len(files), len(files) - len(todo)
    if progress is not None:
        progress(count, total)
    for sha in todo:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if session.vault.blobs.has(sha):  # a missing file is for `check` to report
            session.vault.blobs.reencrypt(sha, recipient, cancel)
        with db.transaction():
            db.execute("INSERT OR IGNORE INTO blob_rekeyed (sha256) VALUES (?)", (sha,))
        count += 1
        if progress is not None:
            progress(count, total)
    with db.transaction():
        db.execute("UPDATE device SET blob_secret = blob_secret_next, blob_secret_next = NULL"
                   " WHERE id = 1")
        db.execute("DELETE FROM blob_rekeyed")
        session.vault.audit("evidence_rekeyed", {"files": total})
    session.vault.reload_identity()
    session.vault.scrub()  # the old key must not linger in the log or a backup
    return {"files": total}
