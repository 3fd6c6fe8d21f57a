"""Anonymised statistics stubs: how a case still counts when its person refused sharing.

When the consent rule (app.disclosure) keeps an incident or a complaint on the laptop
because a person refused sharing with the coordinator, but neither that person nor the
organisation refused statistical use, a stub travels in its place: a record of kind
"statistics_stub" holding only what the archive's figures count — what it stands for
(incident or complaint), the city (else the region), the month, the methods, and for a
complaint the body it went to and its current status. No name, no text, no date of birth,
no reference to any other record.

The stub's id is a keyed hash (HMAC-SHA256, key kept in this vault's settings, which are
encrypted) of the record it stands for: the same record always gives the same stub, so a
re-export updates it rather than adding a second one (counted once), and the archive,
which never has the key, cannot tell which record it stands for. A stub is deleted (a
signed tombstone that travels) when its record may travel itself after all, is deleted,
or may no longer be counted. Nothing is stubbed that already left: a record any of whose
versions was sealed to a coordinator is counted there from its own versions.

The organisation's setting `statistics_stubs` (field Settings, audited; off unless the
organisation turns it on, because its people were told their cases are counted) decides
whether stubs are made at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import uuid
from typing import Any

from app import disclosure, schema, settings
from app.records import Records
from storage.db import IN_LIST, as_list
from storage.vault import Vault

KIND = "statistics_stub"
OF = ("incident", "complaint")
SETTING = "statistics_stubs"
_KEY = "statistics_stub_key"  # settings row (encrypted with the vault), never exported
GONE = "the record it stands for may travel itself, or may no longer be counted"


def enabled(db: Any) -> bool:
    return bool(settings.get(db, SETTING))


def stub_id(key: bytes, record_id: str) -> str:
    """The stub's record id: a UUID (version 8, RFC 9562) made of HMAC-SHA256(key, id)."""
    digest = hmac.new(key, b"qorgau statistics stub\x00" + record_id.encode(),
                      hashlib.sha256).digest()
    value = int.from_bytes(digest[:16], "big")
    value = (value & ~(0xF << 76)) | (0x8 << 76)  # version 8: custom
    value = (value & ~(0b11 << 62)) | (0b10 << 62)  # RFC 9562 variant
    return str(uuid.UUID(int=value))


def _key(db: Any, create: bool) -> bytes | None:
    row = db.one("SELECT value FROM settings WHERE key = ?", (_KEY,))
    if row is not None:
        return bytes.fromhex(row[0])
    if not create:
        return None
    key = os.urandom(32)
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (_KEY, key.hex()))
    return key


def _sent(db: Any) -> set[str]:
    """Records any version of which was sealed to a coordinator: counted there already."""
    return {r for (r,) in db.all(
        "SELECT DISTINCT v.record_id FROM sync_sealed s JOIN versions v"
        " ON v.version_id = s.item WHERE s.item_kind = 'version'")}


def wanted(db: Any, idx: disclosure.Index, bundle: disclosure.Disclosure
           ) -> dict[str, dict[str, Any]]:
    """record id -> the stub body that should stand for it (empty when the setting is off)."""
    if not enabled(db):
        return {}
    candidates = [rid for rid in bundle.withheld if idx.kinds.get(rid) in OF]
    if not candidates:
        return {}
    counted = disclosure.decide(db, "statistics", idx)
    sent = _sent(db)
    candidates = [r for r in candidates if counted.allows(r) and r not in sent]
    rows = db.all("SELECT record_id, kind, case_id, city, date, body FROM records"
                  f" WHERE deleted = 0 AND record_id IN {IN_LIST}", (as_list(candidates),))
    cases = {rid: (city, json.loads(body).get("oblast")) for rid, city, body in db.all(
        f"SELECT record_id, city, body FROM records WHERE kind = 'case' AND record_id IN {IN_LIST}",
        (as_list(sorted({r[2] for r in rows if r[2]})),))}
    statuses = _complaint_statuses(db) if any(r[1] == "complaint" for r in rows) else {}
    out: dict[str, dict[str, Any]] = {}
    for rid, kind, case_id, city, date, raw in rows:
        body = json.loads(raw)
        case_city, oblast = cases.get(case_id or "", (None, None))
        stub: dict[str, Any] = {"of_kind": kind, "city": city or case_city,
                                "month": date[:7] if date and len(date) >= 7 else date}
        if not stub["city"] and oblast:
            stub["oblast"] = oblast
        if kind == "incident":
            stub["methods"] = sorted({*(body.get("methods") or ()), *(
                m for act in body.get("acts") or () for m in act.get("methods") or ())})
        else:
            if body.get("appeal_of"):
                continue  # a step of another complaint, not a complaint: counted with it
            stub["body"] = body.get("body")
            stub["status"] = statuses.get(rid, body.get("status"))
        out[rid] = {k: v for k, v in stub.items() if v not in (None, [], "")}
    return out


def _complaint_statuses(db: Any) -> dict[str, str | None]:
    """Each first complaint's current status as the figures settle it (its path folded in),
    so that the stub counts where the complaint would."""
    from app import stats

    complaints, _orphans = stats.Stats(db)._all_complaints
    return {c.record_id: c.status for c in complaints}


def planned(vault: Vault, idx: disclosure.Index, bundle: disclosure.Disclosure) -> int:
    """How many stubs the next export carries or updates (for the preview; writes nothing)."""
    return len(wanted(vault.db, idx, bundle))


def sync(vault: Vault, idx: disclosure.Index, bundle: disclosure.Disclosure) -> int:
    """Make, update or delete this vault's stubs so that they match the rule now (in one
    transaction, through the one write path: signed, audited). Returns how many stubs
    stand for records after it."""
    db = vault.db
    want = wanted(db, idx, bundle)
    existing = {rid for rid, k in idx.kinds.items() if k == KIND}
    live = {r for (r,) in db.all(f"SELECT record_id FROM records WHERE kind = '{KIND}'"
                                 " AND deleted = 0")}
    records = Records(vault)
    with db.transaction():
        key = _key(db, create=bool(want))
        keep: set[str] = set()
        for source, body in want.items():
            assert key is not None
            sid = stub_id(key, source)
            keep.add(sid)
            if sid not in existing:
                records.create(KIND, body, record_id=sid)
            elif sid not in live or records.get(sid).body != schema.validate(KIND, body):
                records.update(sid, body)
        for sid in sorted(live - keep):
            records.delete(sid, GONE)
    return len(want)
