"""Evidence actions: seal files into the vault, read their derivatives, write an
original back out (audited: it leaves the vault in plaintext)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from app import evidence as core
from app.usecases.session import Session
from storage.errors import Cancelled, InvalidInput

Ingested = core.Ingested


def attach(session: Session, record_id: str | None, paths: Iterable[Path], *,
           progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None,
           on_file: Callable[[int, Path], None] | None = None) -> list[Ingested]:
    """Seal each file as an evidence record linked to `record_id` (each file its own
    transaction and "attach" audit entry: what was sealed before a cancel stays sealed,
    nothing of the file being read is left). `on_file(i, path)` before each file."""
    files = [Path(p) for p in paths]
    if not files:
        raise InvalidInput("no file to attach")
    done = []
    for i, path in enumerate(files):
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled")
        if on_file is not None:
            on_file(i, path)
        done.append(core.ingest(session.records, path, record_id=record_id,
                                progress=progress, cancel=cancel))
    return done


def attach_one(session: Session, record_id: str | None, path: Path, *,
               progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None) -> Ingested:
    return core.ingest(session.records, Path(path), record_id=record_id, progress=progress,
                       cancel=cancel)


def derivative(session: Session, sha256: str, kind: str = "thumb") -> bytes | None:
    return core.derivative(session.records, sha256, kind)


def export_original(session: Session, sha256: str, target: Path) -> int:
    """Write an original out of the vault, in plaintext, where the person asked (the
    interface has warned them); audited."""
    return core.export_original(session.records, sha256, Path(target))
