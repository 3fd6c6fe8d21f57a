"""Canonical JSON: the exact bytes that are hashed and signed.

Keys sorted, no insignificant white space, UTF-8, no floats (their text form is a
canonicalisation hazard across languages; quantities are stored as integers).
"""

from __future__ import annotations

import json
from typing import Any


def _check(value: Any) -> None:
    # The quick walk first; the path to a fault is spelled out only when there is one
    # (a bundle's manifest lists tens of thousands of members).
    if not _valid(value):
        _explain(value)


def _valid(value: Any) -> bool:
    """True if `value` is plainly valid; False sends it to _explain (which also accepts
    subclasses such as an IntEnum, and raises for what is really wrong)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is int:
            if abs(item) > 2**53:
                return False
        elif kind is list:
            stack.extend(item)
        elif kind is dict:
            if not all(type(k) is str for k in item):
                return False
            stack.extend(item.values())
        else:
            return False
    return True


def _explain(value: Any, path: str = "$") -> None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        if abs(value) > 2**53:
            raise ValueError(f"{path}: integer out of the interoperable range")
        return
    if isinstance(value, float):
        raise ValueError(f"{path}: floats are not allowed, use an integer")
    if isinstance(value, list):
        for i, item in enumerate(value):
            _explain(item, f"{path}[{i}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{path}: object keys must be strings")
            _explain(item, f"{path}.{key}")
        return
    raise ValueError(f"{path}: {type(value).__name__} is not a JSON value")


def dumps(value: Any, *, checked: bool = False) -> bytes:
    """`checked=True`: the caller has validated the value (schema-checked bodies)."""
    if not checked:
        _check(value)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def loads(data: bytes | str) -> Any:
    return json.loads(data)
