"""Numbered schema migrations (storage/migrations/NNNN_name.sql).

Before upgrading an existing vault, the encrypted database file is copied to
`backups/` as it was: a failed or faulty migration never costs the records.
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
    return made


def _statements(script: str) -> list[str]:
    # executescript would commit our transaction; split on ';' at line ends instead.
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    parts = "\n".join(lines).split(";\n")
    return [p.strip().rstrip(";") for p in parts if p.strip()]
