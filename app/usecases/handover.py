"""Handing over the keys: what a coordinator needs to read a vault without Qorgau.

If Qorgau is ever gone, the records must not go with it. This action writes, into a new
folder, the two secrets that open everything with stock tools — the SQLCipher key of
`vault.db` and the age identity of the evidence originals — with an index from each
original's SHA-256 to its file and the exact commands (docs/longevity.md). It is
deliberate (a reason is required and kept in the audit log) because those files open
every record and every original to whoever holds them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.usecases.session import Session
from storage.atomic import fsync_dir, partial_path
from storage.errors import InvalidInput
from storage.ids import now_iso

DATABASE_KEY = "database.key"
EVIDENCE_IDENTITY = "evidence.age-identity"
EVIDENCE_INDEX = "evidence-index.tsv"
READ_ME = "READ-ME.txt"

WARNING = ("These files open every record and every evidence original of this vault to "
           "whoever holds them. Write them only to a medium that stays offline and in "
           "safe keeping, and destroy them when they are no longer needed.")

_READ_ME = """\
Keys of the Qorgau vault {vault_id} ({role}), handed over on {at}.
Reason given: {reason}

{warning}

1. The records. vault.db is an SQLCipher 4 database keyed with the raw key in
   database.key (SQLCipher's defaults of version 4; no passphrase derivation):

       sqlcipher vault.db
       sqlite> PRAGMA key = "x'...'";        -- paste the line from database.key
       sqlite> SELECT envelope FROM versions;  -- every version, as canonical JSON

   Each envelope is a signed version of a record (docs/record-format.md); the newest
   version of each record that is not a tombstone is its current content.

2. The evidence originals. Each is an age file under blobs/ (see evidence-index.tsv for
   which file holds which original, by SHA-256):

       age -d -i evidence.age-identity -o photo.jpg blobs/ab/abcdef...
       sha256sum photo.jpg                   -- must equal the index's sha256
"""


@dataclass
class Handover:
    folder: str
    files: list[str]
    originals: int


def export_keys(session: Session, folder: Path, *, reason: str) -> Handover:
    """Write the vault's keys, an index of its originals and instructions into `folder`,
    which must not exist yet. Audited with the reason. Nothing is left half-written."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("say why the keys are handed over (--reason): it is kept in the "
                           "audit log")
    folder = Path(folder)
    if folder.exists():
        raise InvalidInput(f"{folder} already exists: choose a new folder for the keys")
    if not folder.parent.is_dir():
        raise InvalidInput(f"the folder {folder.parent} does not exist")
    rows = session.db.all("SELECT sha256, size, mime FROM blobs ORDER BY sha256")
    index = ["sha256\tsize\tmime\tfile"]
    for sha, size, mime in rows:
        rel = session.vault.blobs.path_for(sha).relative_to(session.vault.path).as_posix()
        index.append(f"{sha}\t{size}\t{mime}\t{rel}")
    files = {
        DATABASE_KEY: f"x'{session.vault.database_key_for_handover().hex()}'\n",
        EVIDENCE_IDENTITY: f"{session.vault.identity.blob_identity}\n",
        EVIDENCE_INDEX: "\n".join(index) + "\n",
        READ_ME: _READ_ME.format(vault_id=session.vault.vault_id, role=session.role,
                                 at=now_iso(), reason=reason, warning=WARNING),
    }
    # The audit entry comes first: once a secret may touch the disk, the log says so
    # (overstating an exposure is safe, hiding one is not). The files are written beside
    # the target under a temporary name and renamed whole, so the folder is complete or
    # absent; an error removes the partial one.
    with session.db.transaction():
        session.vault.audit("keys_handed_over", {"folder": str(folder.absolute()),
                                          "reason": reason, "originals": len(rows)})
    staging = partial_path(folder)
    # Noted in the vault while it exists: killed half-way, the next opening removes the
    # hidden folder (it holds the database key).
    with session.vault.outputs([staging]):
        _write_folder(staging, folder, files)
    return Handover(folder=str(folder), files=sorted(files), originals=len(rows))


def _write_folder(staging: Path, folder: Path, files: dict[str, str]) -> None:
    """`files` written into `staging`, renamed whole to `folder`; removed on any error."""
    try:
        staging.mkdir(mode=0o700)
        for name, text in files.items():
            fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        fsync_dir(staging)
        os.rename(staging, folder)
        fsync_dir(folder.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
