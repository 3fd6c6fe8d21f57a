"""How records are shown to people: protected identities masked unless revealed."""

from __future__ import annotations

from functools import cache
from typing import Any

from app import schema

MASK = "[protected]"


@cache
def identifying_fields(kind: str) -> frozenset[str]:
    """Top-level fields the schema marks as revealing a protected person."""
    return frozenset(f.name for f in schema.get_kind(kind).fields if f.identifying)


def is_protected(kind: str, body: dict[str, Any]) -> bool:
    return kind == "person" and body.get("protected") is True


def masked(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    if not is_protected(kind, body):
        return body
    hidden = identifying_fields(kind)
    return {k: (MASK if k in hidden else v) for k, v in body.items()}
