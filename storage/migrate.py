"""Numbered schema migrations (storage/migrations/NNNN_name.sql).

Before upgrading an existing vault, the encrypted database file is copied to
`backups/` as it was: a failed migration never costs the records. The copy lives only
until the upgraded database is known good (every migration applied, SQLite's and
SQLCipher's integrity checks clean): kept longer, it would hold every record purged
afterwards, and it stays readable with the data key of the day it was taken.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from storage.atomic import fsync_dir
from storage.db import Database
from storage.errors import IntegrityFailure

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, Path]]:
    found = []
    for path in MIGRATIONS.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


def latest() -> int:
    return len(available())


def backup(db: Database, backups: Path, version: int) -> Path:
    """Copy the (already encrypted) database file while we hold the exclusive lock."""
    db.checkpoint()
    backups.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups / f"vault-schema{version}-{stamp}.db"
    shutil.copyfile(db.path, target)
    target.chmod(0o600)
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())
    fsync_dir(backups)
    return target


def upgrade(db: Database, backups: Path, *, target: int | None = None) -> Path | None:
    """Bring the schema to `target` (default: latest). Returns the backup made, if any."""
    target = latest() if target is None else target
    current = db.user_version()
    if current > latest():
        raise IntegrityFailure(
            f"this vault has schema {current}, newer than this Qorgau ({latest()}): "
            "update Qorgau before opening it"
        )
    if current >= target:
        return None
    made = backup(db, backups, current) if current > 0 else None
    for number, path in available():
        if current < number <= target:
            script = path.read_text(encoding="utf-8")
            with db.transaction():
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
    if made is not None and target == latest() and not db.integrity_check():
        discard_backups(backups)
        return None
    return made


def discard_backups(backups: Path) -> int:
    """Overwrite and delete every backup copy (best effort against the file system: an
    SSD may keep old blocks; the copy is encrypted in any case)."""
    if not backups.is_dir():
        return 0
    count = 0
    for path in backups.iterdir():
        if not path.is_file():
            continue
        size = path.stat().st_size
        with path.open("r+b") as fh:
            while fh.tell() < size:
                fh.write(bytes(min(1 << 20, size - fh.tell())))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        count += 1
    fsync_dir(backups)
    return count


def _statements(script: str) -> list[str]:
    # executescript would commit our transaction; split on ';' at line ends instead.
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    parts = "\n".join(lines).split(";\n")
    return [p.strip().rstrip(";") for p in parts if p.strip()]
