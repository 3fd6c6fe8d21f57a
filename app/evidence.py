"""Evidence ingest: originals streamed into the encrypted blob store, byte for byte.

Photos also get EXIF capture time, GPS and camera read into the record, and a
metadata-stripped display image and thumbnail, kept in the encrypted database.
Nothing is ever written to disk in plaintext, not even a temp file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import imaging
from app.records import Records, Version
from storage import audit
from storage.errors import InvalidInput, NotFound
from storage.ids import now_iso

Progress = Callable[[int, int], None]  # bytes done, bytes total


@dataclass
class Ingested:
    version: Version
    sha256: str
    size: int
    mime: str
    new_blob: bool


def ingest(records: Records, path: Path, *, record_id: str | None = None,
           description: str | None = None, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> Ingested:
    """Seal one file into the vault as an evidence record linked to `record_id`."""
    path = Path(path)
    if not path.exists():
        raise NotFound(f"no such file: {path}")
    if not path.is_file():
        raise InvalidInput(f"{path} is not a regular file")
    parent = records.get(record_id, include_deleted=False) if record_id else None
    mime = imaging.sniff_mime(path)
    derived = imaging.make_derivatives(path) if imaging.is_image_mime(mime) else None
    total = path.stat().st_size
    blobs = records.vault.blobs
    with path.open("rb") as src:
        sha, size = blobs.put(
            src, cancel=cancel,
            progress=(lambda done: progress(done, total)) if progress else None)
    db = records.db
    with db.transaction():
        new_blob = db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)) is None
        if new_blob:
            db.execute("INSERT INTO blobs (sha256, size, mime, stored_at) VALUES (?,?,?,?)",
                       (sha, size, mime, now_iso()))
        if derived is not None:
            for kind, data, (w, h) in (("display", derived.display, derived.display_size),
                                       ("thumb", derived.thumb, derived.thumb_size)):
                db.execute("INSERT OR REPLACE INTO derivatives (sha256, kind, mime, width,"
                           " height, data) VALUES (?,?,?,?,?,?)",
                           (sha, kind, "image/jpeg", w, h, data))
        body: dict[str, Any] = {
            "type": imaging.evidence_type(mime), "sha256": sha, "size": size,
            "filename": path.name, "mime": mime, "description": description,
        }
        if parent is not None:
            body["record_id"] = parent.record_id
            case_id = parent.record_id if parent.kind == "case" else parent.index.get("case_id")
            if case_id:
                body["case_id"] = case_id
        if derived is not None:
            meta = derived.meta
            body.update({"captured_at": meta.captured_at, "gps": meta.gps,
                         "camera": meta.camera})
        version = records.create("evidence", {k: v for k, v in body.items() if v is not None})
        audit.append(db, "attach", {"record_id": version.record_id, "sha256": sha,
                                    "size": size, "parent": record_id})
    return Ingested(version, sha, size, mime, new_blob)


def derivative(records: Records, sha256: str, kind: str = "thumb") -> bytes | None:
    row = records.db.one("SELECT data FROM derivatives WHERE sha256 = ? AND kind = ?",
                         (sha256, kind))
    return bytes(row[0]) if row else None


def export_original(records: Records, sha256: str, target: Path) -> int:
    """Write an original out of the vault, in plaintext, where the person asked.
    The caller must have warned them; this is recorded in the audit log."""
    with records.vault.write_out(Path(target)) as out:  # a killed copy is removed later
        size = records.vault.blobs.copy_to(sha256, out)
    audit.append(records.db, "export_original", {"sha256": sha256, "size": size})
    return size
