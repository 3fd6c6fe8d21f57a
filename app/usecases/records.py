"""Record actions: add, save a form, delete, reveal; and the lists both interfaces show.

Writes go through `app.records.Records` (the one write path), which signs each version
and appends its "write"/"delete" audit entry in the same transaction.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from app import drafts, present, records_json, schema, search
from app.records import Version
from app.usecases import masking
from app.usecases.session import Session
from storage.errors import InvalidInput

# Search filters, as both interfaces build them.
Filters = search.Filters


def add_from_file(session: Session, path: Path) -> list[Version]:
    """Add or update the records of a JSON file (docs/record-format.md), all or none."""
    entries = records_json.load(Path(path))
    return records_json.add(session.records, entries)


def save(session: Session, kind: str, body: dict[str, Any], *, record_id: str | None = None,
         draft_id: str | None = None) -> Version:
    """A form's save: a new record or a new version of one; its draft goes in the same
    transaction, so a crash leaves either the draft or the record, never neither.
    A consent record is a person's consent: saved by its own action (app.usecases.consent),
    with the audit entry the command line writes."""
    with session.db.transaction():
        if kind == "consent":
            from app.usecases import consent

            version = consent.save_consent_form(session, body, record_id=record_id)
        elif record_id:
            version = session.records.update(record_id, body)
        else:
            version = session.records.create(kind, body)
        if draft_id:
            drafts.delete(session.db, draft_id)
    return version


def delete(session: Session, record_id: str, reason: str) -> Version:
    """A signed tombstone with the person's reason (required)."""
    return session.records.delete(record_id, reason)


def reveal(session: Session, record_id: str) -> None:
    """A person unmasked a protected name (or a relative's who would identify a protected
    minor): that is recorded."""
    session.records.get(record_id)
    session.vault.audit("reveal", {"record_id": record_id})


def list_records(session: Session, filters: search.Filters, *, order: str = "date",
                 descending: bool = True, limit: int = 200, offset: int = 0,
                 lang: str = "en") -> list[dict[str, Any]]:
    if limit < 1:
        raise InvalidInput("the limit must be at least 1")
    rows = search.list_records(session.db, filters, order=order, descending=descending,
                               limit=limit, offset=offset, lang=lang)
    masking.apply(rows, masking.relatives(session.db), lang)
    return rows


def count(session: Session, filters: search.Filters) -> int:
    return search.count_records(session.db, filters)


def find(session: Session, text: str, filters: search.Filters | None = None, *,
         limit: int = 50, offset: int = 0, lang: str = "en") -> list[search.Hit]:
    """Full-text search (any script, case-insensitive)."""
    if limit < 1:
        raise InvalidInput("the limit must be at least 1")
    hits = search.search(session.db, text, filters or search.Filters(), limit=limit,
                         offset=offset, lang=lang)
    # A relative who would identify a protected minor is not found by name, like the minor.
    masked = masking.relatives(session.db)
    return [dataclasses.replace(h, title=masking.scrub(h.title, masked),
                                snippet=masking.scrub(h.snippet, masked))
            for h in hits if h.record_id not in masked]


def show(session: Session, record_id: str, *, history: bool = False,
         reveal: bool = False) -> dict[str, Any]:
    """One record as the command line prints it; protected names masked unless revealed
    (a reveal is audited)."""
    records = session.records
    record = records.get(record_id)
    masked = masking.relatives(session.db)
    relative = record.record_id in masked

    def shown(kind: str, body: dict[str, Any]) -> dict[str, Any]:
        if reveal:
            return body
        return masking.body(body) if relative else present.masked(kind, body)

    body = shown(record.kind, record.body)
    data: dict[str, Any] = {
        "record_id": record.record_id, "kind": record.kind,
        "title": masking.label("en") if relative and not reveal else record.title,
        "deleted": record.deleted, "heads": record.heads, "body": body,
        "created_at": record.created_at, "updated_at": record.updated_at,
        "linked": [{"rel": rel, "record_id": rid, "kind": kind}
                   for rel, rid, kind in records.linked(record.record_id)],
    }
    if history:
        versions = records.history(record.record_id)
        bodies = [shown(v.kind, v.body) for v in versions]
        if not reveal:  # protected in any version: masked in every one
            bodies = present.masked_versions(record.kind, bodies)
        data["history"] = [
            {"version_id": v.version_id, "parents": list(v.parents), "author": v.author,
             "clock": v.clock, "created_at": v.created_at, "tombstone": v.tombstone,
             "body": body}
            for v, body in zip(versions, bodies, strict=True)]
    if reveal and (relative or present.masked(record.kind, record.body) != record.body):
        session.vault.audit("reveal", {"record_id": record.record_id})
    return data if reveal else masking.scrub(data, masked)


def kinds() -> list[str]:
    return list(schema.KINDS)
