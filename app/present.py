"""How records are shown to people: protected identities masked unless revealed."""

from __future__ import annotations

from typing import Any

MASK = "[protected]"
# Fields that identify a protected person; shown only when revealed on purpose.
PROTECTED_FIELDS = ("full_name", "date_of_birth", "contact", "address")


def is_protected(kind: str, body: dict[str, Any]) -> bool:
    return kind == "person" and bool(body.get("protected"))


def masked(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    if not is_protected(kind, body):
        return body
    return {k: (MASK if k in PROTECTED_FIELDS else v) for k, v in body.items()}
