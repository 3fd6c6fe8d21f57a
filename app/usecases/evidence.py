"""Evidence actions: seal files into the vault, read their derivatives, write an
original back out (audited: it leaves the vault in plaintext)."""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app import evidence as core
from app.usecases.session import Session
from storage.errors import Cancelled, EnvironmentFault, InvalidInput, NotFound, QorgauError

Ingested = core.Ingested


@dataclass
class Batch:
    """What a batch of files came to."""

    done: list[tuple[Path, Ingested]] = field(default_factory=list)
    failed: list[tuple[Path, QorgauError]] = field(default_factory=list)  # skipped files
    stopped: QorgauError | None = None  # what ended the batch early (disk full, cancel)

    @property
    def exit_code(self) -> int:
        if self.stopped is not None:
            return self.stopped.exit_code
        return self.failed[0][1].exit_code if self.failed else 0


def attach(session: Session, record_id: str | None, paths: Iterable[Path], *,
           progress: Callable[[int, int], None] | None = None,
           cancel: threading.Event | None = None,
           on_file: Callable[[int], None] | None = None) -> Batch:
    """Seal each file as an evidence record linked to `record_id`.

    One policy for both interfaces: a file that cannot be added (missing, not a regular
    file, unreadable, refused) is reported and the others still go in, because one bad
    file in a hurried hand-over must not keep the rest out. A fault of the vault or the
    machine (disk full) or a cancel ends the batch: the next files would fail the same
    way. Each file is its own transaction with its own "attach" audit entry, so what was
    sealed stays sealed and nothing of the file being read is left.
    `progress(bytes_done, bytes_total)` covers the whole batch; `on_file(i)` is called as
    the i-th file (from 0) starts."""
    if record_id is not None:
        session.records.get(record_id, include_deleted=False)  # before any file is read
    files = [Path(p) for p in paths]
    if not files:
        raise InvalidInput("no file to attach")
    batch = Batch()
    sizes: dict[Path, int] = {}
    for path in files:
        try:
            st = path.stat()
        except FileNotFoundError:
            batch.failed.append((path, NotFound(f"no such file: {path}")))
            continue
        except OSError as exc:
            batch.failed.append((path, EnvironmentFault(f"{path}: {exc.strerror}")))
            continue
        if not stat.S_ISREG(st.st_mode):
            batch.failed.append((path, InvalidInput(f"{path} is not a regular file")))
            continue
        sizes[path] = st.st_size
    total = sum(sizes.values()) or 1
    base = 0
    for i, (path, size) in enumerate(sizes.items()):
        if on_file is not None:
            on_file(i)
        if cancel is not None and cancel.is_set():
            batch.stopped = Cancelled("cancelled: the files before this one are sealed")
            break

        def one(done: int, _total: int, base: int = base) -> None:
            if progress is not None:
                progress(base + done, total)

        try:
            batch.done.append((path, core.ingest(session.records, path, record_id=record_id,
                                                 progress=one, cancel=cancel)))
        except (InvalidInput, NotFound) as exc:  # this file's fault: go on with the others
            batch.failed.append((path, exc))
        except QorgauError as exc:  # the vault's or the machine's (disk full), or a cancel
            batch.stopped = exc
            break
        base += size
        if progress is not None:
            progress(base, total)
    return batch


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
