"""Conflicts: a record edited on two devices has several heads. The coordinator compares
them field by field and signs a version whose parents are all the heads; the command
line and the desktop resolve through the same function, with the same check that the
record has not changed since it was compared, and the same audit entry."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app import schema
from app.records import Version
from app.usecases import masking
from app.usecases.lookups import device_names, provenance, title
from app.usecases.session import Session
from storage import audit
from storage.errors import InvalidInput

BOTH = "both"


def waiting(session: Session) -> int:
    """How many records are in conflict (the desk's navigation shows it)."""
    return int(session.db.one("SELECT count(*) FROM records WHERE head_count > 1")[0])


def conflicts(session: Session, limit: int = 2000, lang: str = "en") -> list[dict[str, Any]]:
    """The conflicts page's list, newest first."""
    db = session.db
    rows = [{"record_id": r[0], "kind": r[1], "title": r[2], "heads": r[3], "updated_at": r[4]}
            for r in db.all("SELECT record_id, kind, title, head_count, updated_at FROM records"
                            " WHERE head_count > 1 ORDER BY updated_at DESC LIMIT ?", (limit,))]
    masking.apply(rows, masking.relatives(db), lang)
    return rows


def listing(session: Session) -> list[dict[str, Any]]:
    """Every record in conflict with its heads (what `qorgau conflicts` lists)."""
    records = session.records
    out = []
    for (rid,) in session.db.all("SELECT record_id FROM records WHERE head_count > 1"
                               " ORDER BY updated_at"):
        rec = records.get(rid)
        out.append({"record_id": rid, "kind": rec.kind, "title": rec.title, "heads": [
            {"version_id": v.version_id, "author": v.author, "clock": v.clock,
             "created_at": v.created_at, "tombstone": v.tombstone}
            for v in (records.version(h) for h in rec.heads)]})
    masking.apply(out, masking.relatives(session.db), "en")
    return out


def conflict(session: Session, record_id: str, lang: str = "en") -> dict[str, Any]:
    """A record in conflict: each head with its author, time, bundle and body."""
    records = session.records
    rec = records.get(record_id)
    if not rec.in_conflict:
        raise InvalidInput("this record is no longer in conflict")
    names = device_names(records.db)
    heads = []
    for vid in rec.heads:
        v = records.version(vid)
        heads.append({"version_id": vid, "author": v.author,
                      "author_name": names.get(v.author, v.author[:8]), "clock": v.clock,
                      "created_at": v.created_at, "tombstone": v.tombstone, "body": v.body,
                      "provenance": provenance(records.db, vid)})
    ids = [rid for h in heads for _p, rid in schema.references(rec.kind, h["body"])]
    masked = masking.relatives(records.db)
    return {"record_id": rec.record_id, "kind": rec.kind,
            "masked_relative": rec.record_id in masked,
            "title": masking.label(lang) if rec.record_id in masked else rec.title,
            "heads": heads, "titles": masking.titles(
                {rid: title(records.db, rid) for rid in dict.fromkeys(ids)}, masked, lang)}


def reveal(session: Session, record_id: str) -> None:
    """The coordinator chose to see a protected person's identity while comparing."""
    session.vault.audit("reveal", {"record_id": record_id, "where": "conflicts"})


def can_combine(field: schema.Field) -> bool:
    """Fields whose values from several heads can be kept together."""
    return field.type in ("text", "strs", "refs", "enums", "objects")


def live(heads: list[dict[str, Any]]) -> list[int]:
    """Indices of the heads that are not deletions."""
    return [i for i, h in enumerate(heads) if h.get("tombstone") is None]


def default_choice(heads: list[dict[str, Any]]) -> int:
    """Where a coordinator has not chosen, a field takes the first live head's value."""
    alive = live(heads)
    return alive[0] if alive else 0


def merge(kind: str, heads: list[dict[str, Any]], choices: dict[str, int | str]
          ) -> dict[str, Any]:
    """The merged body: for each field, the value of the chosen head (an index into
    `heads`), or BOTH (texts joined, lists united in order). Fields without a choice
    take the first live head's value (default_choice)."""
    bodies = [h["body"] for h in heads]
    k = schema.get_kind(kind)
    names = [f.name for f in k.fields]
    names += sorted({n for b in bodies for n in b} - set(names))
    fallback = default_choice(heads)
    out: dict[str, Any] = {}
    for name in names:
        values = [b.get(name) for b in bodies]
        choice = choices.get(name, fallback)
        if choice == BOTH:
            present_values = [v for v in values if v not in (None, "", [])]
            if not present_values:
                continue
            if isinstance(present_values[0], str):
                value: Any = "\n\n".join(dict.fromkeys(present_values))
            else:
                value = []
                for v in present_values:
                    for item in v if isinstance(v, list) else [v]:
                        if item not in value:
                            value.append(item)
        else:
            value = values[int(choice)]
        if value not in (None, "", []):
            out[name] = value
    return out


def resolve(session: Session, record_id: str, heads: Iterable[str] | None = None, *,
            body: dict[str, Any] | None = None, keep: str | None = None,
            delete_reason: str | None = None) -> Version:
    """A version whose parents are all the heads the coordinator compared, signed by this
    archive: a merged `body`, the content of one head (`keep`; a kept deletion deletes),
    or a deletion (`delete_reason`). Refused if the record changed meanwhile (another
    import brought a new head): `heads` are the versions the person saw; without them
    (a script that did not list them), the record's heads now."""
    records = session.records
    current = records.get(record_id)
    if len(current.heads) < 2:
        raise InvalidInput(f"record {record_id} is not in conflict")
    shown = sorted(heads) if heads is not None else sorted(current.heads)
    if sorted(current.heads) != shown:
        raise InvalidInput("the record changed while you were comparing: open it again")
    if sum(x is not None for x in (body, keep, delete_reason)) != 1:
        raise InvalidInput("say how to resolve: a merged body, a version to keep, or a deletion")
    how = "merge" if body is not None else "keep" if keep is not None else "delete"
    if keep is not None:
        if keep not in shown:
            raise InvalidInput(f"{keep} is not one of the conflicting versions")
        chosen = records.version(keep)
        if chosen.tombstone is not None:
            delete_reason = chosen.tombstone
        else:
            body = chosen.body
    if body is not None and not isinstance(body, dict):
        raise InvalidInput("the merged body must be a JSON object")
    with records.db.transaction():
        if delete_reason is not None:
            version = records.delete(record_id, delete_reason)
        else:
            assert body is not None
            version = records.update(record_id, body, parents=shown)
        detail: dict[str, Any] = {"record_id": record_id, "kind": current.kind,
                                  "parents": shown, "version_id": version.version_id,
                                  "how": how}
        if keep is not None:
            detail["kept"] = keep
        if delete_reason is not None:
            detail["reason"] = delete_reason
        audit.append(records.db, "conflict_resolved", detail)
    return version

