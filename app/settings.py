"""Per-vault settings, typed, with their defaults in one place (the `settings` table).

Kept inside the encrypted vault: how a person has configured their safety features is
itself not something to leave readable on a seized laptop. No Qt here.
"""

from __future__ import annotations

from typing import Any

from storage.db import Database
from storage.errors import InvalidInput

# name: (type, default, check)
DEFAULTS: dict[str, tuple[type, Any]] = {
    "idle_lock_minutes": (int, 5),  # 0 would mean never: not allowed, see check()
    "clipboard_clear_seconds": (int, 30),
}
LIMITS = {"idle_lock_minutes": (1, 240), "clipboard_clear_seconds": (5, 600)}


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
    check(name, value)
    with db.transaction():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                   " DO UPDATE SET value = excluded.value", (name, str(value)))
