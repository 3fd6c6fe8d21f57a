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


def masked_versions(kind: str, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A record's versions as its history shows them: when any of them is protected,
    every one is masked. A person is usually entered first and protected later, and the
    versions from before would show the name, birth date and contact otherwise."""
    if not any(is_protected(kind, b) for b in bodies):
        return bodies
    hidden = identifying_fields(kind)
    return [{k: (MASK if k in hidden else v) for k, v in b.items()} for b in bodies]
