"""Per-vault settings, typed, with their defaults in one place (the `settings` table).

Kept inside the encrypted vault: how a person has configured their safety features is
itself not something to leave readable on a seized laptop. No Qt here.
"""

from __future__ import annotations

import json
from typing import Any

from storage import audit
from storage.db import Database
from storage.errors import InvalidInput

# name: (type, default, check)
DEFAULTS: dict[str, tuple[type, Any]] = {
    "idle_lock_minutes": (int, 5),  # 0 would mean never: not allowed, see check()
    "clipboard_clear_seconds": (int, 30),
    # The organisation's statistics consent: 1 lets an anonymised stub travel for a
    # record whose person refused sharing but not statistics (app.stubs). Off by default.
    "statistics_stubs": (int, 0),
}
LIMITS = {"idle_lock_minutes": (1, 240), "clipboard_clear_seconds": (5, 600),
          "statistics_stubs": (0, 1)}


def check(name: str, value: Any) -> Any:
    if name not in DEFAULTS:
        raise InvalidInput(f"unknown setting {name!r}")
    kind, _default = DEFAULTS[name]
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"{name} must be a whole number")
        low, high = LIMITS.get(name, (-(2**31), 2**31))
        if not low <= value <= high:
            raise InvalidInput(f"{name} must be between {low} and {high}")
    return value


def get(db: Database, name: str) -> Any:
    kind, default = DEFAULTS[name]
    row = db.one("SELECT value FROM settings WHERE key = ?", (name,))
    if row is None:
        return default
    try:
        return check(name, kind(row[0]))
    except (ValueError, InvalidInput):
        return default  # a damaged value falls back to the safe default


def put(db: Database, name: str, value: Any) -> None:
    """Store a setting, with an audit entry holding its value: the audit chain is what
    lets `qorgau check` notice an old page of the settings put back (app.check)."""
    check(name, value)
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                   " DO UPDATE SET value = excluded.value", (name, str(value)))
        audit.append(db, "setting", {"name": name, "value": str(value)})


def audited_mismatches(db: Database) -> list[str]:
    """Settings whose stored value is not the one the audit log last recorded."""
    last: dict[str, str] = {}
    for (detail,) in db.iterate("SELECT detail FROM audit WHERE action = 'setting'"
                                " ORDER BY seq"):
        data = json.loads(detail)
        last[data["name"]] = data["value"]
    stored = {k: v for k, v in db.all("SELECT key, value FROM settings") if k in DEFAULTS}
    # A setting never audited was stored before schema 4: nothing to compare it with.
    return sorted(name for name in last if stored.get(name) != last[name])
