"""Hash-chained audit log of every write, import and export on this device.

entry hash = SHA-256(previous hash || canonical JSON of {seq, at, action, detail}).
Editing, removing or reordering any entry breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from storage import canonical
from storage.db import Database
from storage.ids import now_iso

GENESIS = "0" * 64


def _entry_hash(prev: str, seq: int, at: str, action: str, detail_json: str) -> str:
    body = canonical.dumps({"seq": seq, "at": at, "action": action,
                            "detail": json.loads(detail_json)})
    return hashlib.sha256(prev.encode("ascii") + body).hexdigest()


def append(db: Database, action: str, detail: dict[str, Any]) -> str:
    return append_many(db, [(action, detail)])


def append_many(db: Database, entries: list[tuple[str, dict[str, Any]]]) -> str:
    """Append entries in order; returns the new chain head."""
    with db.transaction():
        seq, prev = head(db)
        at = now_iso()
        rows = []
        for action, detail in entries:
            seq += 1
            detail_json = canonical.dumps(detail).decode("utf-8")
            digest = _entry_hash(prev, seq, at, action, detail_json)
            rows.append((seq, at, action, detail_json, prev, digest))
            prev = digest
        db.executemany(
            "INSERT INTO audit (seq, at, action, detail, prev, hash) VALUES (?,?,?,?,?,?)", rows)
        return prev


def head(db: Database) -> tuple[int, str]:
    row = db.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return (row[0], row[1]) if row else (0, GENESIS)


def verify(db: Database) -> list[str]:
    """Problems found walking the chain from the start (empty: intact)."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for seq, at, action, detail, stored_prev, digest in db.iterate(
        "SELECT seq, at, action, detail, prev, hash FROM audit ORDER BY seq"
    ):
        if seq != expected_seq:
            problems.append(f"audit entry {expected_seq} is missing (next is {seq})")
        if stored_prev != prev:
            problems.append(f"audit entry {seq} does not follow the one before it")
        if _entry_hash(stored_prev, seq, at, action, detail) != digest:
            problems.append(f"audit entry {seq} ({action}) was altered")
        prev, expected_seq = digest, seq + 1
    return problems


def entries(db: Database, *, limit: int = 1000, action: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT seq, at, action, detail, hash FROM audit"
    params: tuple[Any, ...] = ()
    if action:
        sql += " WHERE action = ?"
        params = (action,)
    sql += " ORDER BY seq DESC LIMIT ?"
    rows = db.all(sql, (*params, limit))
    return [{"seq": r[0], "at": r[1], "action": r[2], "detail": json.loads(r[3]), "hash": r[4]}
            for r in rows]
