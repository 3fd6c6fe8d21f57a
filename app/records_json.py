"""The documented JSON format for adding records from a file (docs/record-format.md).

    {"format": "qorgau-records", "version": 1,
     "records": [{"kind": "person", "ref": "p1", "body": {...}},
                 {"kind": "case", "body": {"victim_ids": ["@p1"], ...}},
                 {"id": "<existing uuid>", "body": {...}}]}

"@name" anywhere in a body stands for the id of the record given "ref": "name" earlier
in the same file. An entry with "id" of an existing record writes a new version of it.
The whole file is added in one transaction, or nothing is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.records import Records, Version
from storage.errors import InvalidInput, NotFound, ValidationError
from storage.ids import uuid7

FORMAT = "qorgau-records"
MAX_FILE_BYTES = 256 * 1024 * 1024


def load(path: Path) -> list[dict[str, Any]]:
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"no such file: {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MiB")
    return parse(path.read_bytes(), path.name)


def parse(raw: bytes, name: str = "input") -> list[dict[str, Any]]:
    """The entries of a records file, checked for shape (bodies are validated on add)."""
    try:
        data = json.loads(raw, parse_float=_no_float)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InvalidInput(f"{name} is not valid JSON: {exc}") from None
    path = Path(name)
    if isinstance(data, dict):
        if data.get("format") != FORMAT or data.get("version") != 1:
            raise InvalidInput(f'{path.name}: expected "format": "{FORMAT}", "version": 1')
        data = data.get("records")
    if not isinstance(data, list):
        raise InvalidInput(f"{path.name}: expected a list of records")
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or not isinstance(entry.get("body"), dict):
            raise InvalidInput(f"{path.name}: records[{i}] needs an object \"body\"")
        extra = set(entry) - {"kind", "ref", "id", "body"}
        if extra:
            raise InvalidInput(f"{path.name}: records[{i}] has unknown key {sorted(extra)[0]!r}")
    return data


def _no_float(text: str) -> Any:
    raise ValueError(f"number {text} is not an integer (use whole numbers)")


def _resolve(value: Any, refs: dict[str, str], where: str) -> Any:
    if isinstance(value, str) and value.startswith("@") and len(value) > 1:
        if value[1:] not in refs:
            raise InvalidInput(f"{where}: {value} names no earlier record")
        return refs[value[1:]]
    if isinstance(value, list):
        return [_resolve(v, refs, where) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, refs, where) for k, v in value.items()}
    return value


def add(records: Records, entries: list[dict[str, Any]]) -> list[Version]:
    refs: dict[str, str] = {}
    written: list[Version] = []
    with records.db.transaction():
        for i, entry in enumerate(entries):
            where = f"records[{i}]"
            body = _resolve(entry["body"], refs, where)
            try:
                if entry.get("id"):
                    version = records.update(entry["id"], body)
                else:
                    kind = entry.get("kind")
                    if not isinstance(kind, str):
                        raise InvalidInput(f"{where}: needs \"kind\"")
                    version = records.create(kind, body, record_id=uuid7())
            except ValidationError as exc:
                raise ValidationError(exc.kind, {f"{where}.{k}": v for k, v in exc.errors.items()}
                                      ) from None
            if entry.get("ref"):
                refs[str(entry["ref"])] = version.record_id
            written.append(version)
    return written
