"""Drafts: a form's unsaved content, kept in the encrypted vault database as it is typed.

A draft is whatever the person has typed so far, not yet validated (it may be half a
date or a required field left blank). It lives in the `drafts` table of the SQLCipher
database, so it is encrypted at rest like every record, and it survives a crash, a
power cut or an automatic lock. Saving the record for real deletes its draft.

No Qt here: the GUI calls these functions on its database worker thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage.db import Database
from storage.errors import InvalidInput
from storage.ids import is_uuid, now_iso, uuid7

MAX_DRAFT_CHARS = 2_000_000  # a form's worth of text, with room to spare


@dataclass(frozen=True)
class Draft:
    draft_id: str
    kind: str
    record_id: str | None  # the record being edited; None for a new one
    body: dict[str, Any]  # the form's raw content, plus any context the form needs
    updated_at: str


def new_id() -> str:
    return uuid7()


def save(db: Database, draft_id: str, kind: str, record_id: str | None,
         body: dict[str, Any]) -> None:
    """Insert or replace a draft (one statement: cheap enough to run on every pause)."""
    if not is_uuid(draft_id):
        raise InvalidInput(f"draft id {draft_id!r} is not a UUID")
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_CHARS:
        raise InvalidInput("this form is too large to keep as a draft")
    with db.transaction():
        db.execute(
            "INSERT INTO drafts (draft_id, kind, record_id, body, updated_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET"
            " kind = excluded.kind, record_id = excluded.record_id, body = excluded.body,"
            " updated_at = excluded.updated_at",
            (draft_id, kind, record_id, text, now_iso()))


def load(db: Database, draft_id: str) -> Draft | None:
    row = db.one("SELECT draft_id, kind, record_id, body, updated_at FROM drafts"
                 " WHERE draft_id = ?", (draft_id,))
    return _draft(row) if row else None


def all_drafts(db: Database) -> list[Draft]:
    """Every draft, newest first (offered for restoring after an unlock)."""
    rows = db.all("SELECT draft_id, kind, record_id, body, updated_at FROM drafts"
                  " ORDER BY updated_at DESC, draft_id")
    return [_draft(r) for r in rows]


def delete(db: Database, draft_id: str) -> None:
    with db.transaction():
        db.execute("DELETE FROM drafts WHERE draft_id = ?", (draft_id,))


def _draft(row: Any) -> Draft:
    try:
        body = json.loads(row[3])
    except ValueError:
        body = {}
    return Draft(row[0], row[1], row[2], body if isinstance(body, dict) else {}, row[4])
