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

from app import schema
from app.records import Records, Version
from storage.errors import InvalidInput, NotFound, QorgauError, ValidationError
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
    """Write the entries in order, all or none. New records are written a run at a time
    (`Records.create_many`: a few statements, not a few per record); an edit of an
    existing record first writes the run before it, so versions keep the file's order."""
    refs: dict[str, str] = {}
    written: list[Version] = []
    run: list[tuple[int, str, dict[str, Any], str]] = []  # (entry, kind, body, record id)

    def flush() -> None:
        if not run:
            return
        try:
            written.extend(records.create_many([(k, b) for _, k, b, _ in run],
                                               record_ids=[rid for *_, rid in run]))
        except ValidationError:
            for i, kind, body, _ in run:  # the first invalid one, for its place in the file
                _validated(kind, body, f"records[{i}]")
            raise
        run.clear()

    with records.db.transaction():
        for i, entry in enumerate(entries):
            where = f"records[{i}]"
            try:
                body = _resolve(entry["body"], refs, where)
                if entry.get("id"):
                    flush()
                    try:
                        version = records.update(entry["id"], body)
                    except ValidationError as exc:
                        raise _placed(exc, where) from None
                    record_id = version.record_id
                    written.append(version)
                else:
                    kind = entry.get("kind")
                    if not isinstance(kind, str):
                        raise InvalidInput(f"{where}: needs \"kind\"")
                    record_id = uuid7()
                    run.append((i, kind, body, record_id))
            except QorgauError:
                flush()  # a fault further up the file is the one to report
                raise
            if entry.get("ref"):
                refs[str(entry["ref"])] = record_id
        flush()
    return written


def _placed(exc: ValidationError, where: str) -> ValidationError:
    return ValidationError(exc.kind, {f"{where}.{k}": v for k, v in exc.errors.items()})


def _validated(kind: str, body: dict[str, Any], where: str) -> None:
    try:
        schema.validate(kind, body)
    except ValidationError as exc:
        raise _placed(exc, where) from None
