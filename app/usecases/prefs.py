"""This vault's settings and the drafts of unsaved forms.

Settings live inside the encrypted vault (how a person configured their safety features
is itself sensitive). A change is audited: a shortened idle lock is worth knowing about.
Drafts are not audited: they are kept every few seconds while a person types.
"""

from __future__ import annotations

from typing import Any

from app import drafts
from app import settings as core
from app.usecases.session import Session

Draft = drafts.Draft
LIMITS = core.LIMITS


def load_settings(session: Session) -> dict[str, Any]:
    return {name: core.get(session.db, name) for name in core.DEFAULTS}


def change_setting(session: Session, name: str, value: Any) -> None:
    """Validate, store and audit one setting, in one transaction."""
    core.check(name, value)
    with session.db.transaction():
        old = core.get(session.db, name)
        core.put(session.db, name, value)
        if old != value:
            session.vault.audit("setting", {"name": name, "old": old, "new": value})


def new_draft_id() -> str:
    return drafts.new_id()


def keep_draft(session: Session, draft_id: str, kind: str, record_id: str | None,
               payload: dict[str, Any]) -> None:
    drafts.save(session.db, draft_id, kind, record_id, payload)


def pending_drafts(session: Session) -> list[Draft]:
    return drafts.all_drafts(session.db)


def discard_draft(session: Session, draft_id: str) -> None:
    """Forget a form's unsaved edit. Its every autosave stays in the write-ahead log's
    frames until a checkpoint: a laptop left open until its battery dies keeps the log,
    with the words typed and thrown away (a name entered by mistake). The log is emptied
    now; a discard is rare and the checkpoint brief."""
    drafts.delete(session.db, draft_id)
    session.db.checkpoint()
