"""Receiving bundles: verify or import one or many files, the same way from the command
line and the desktop. Every bundle is verified before anything is merged (app.importer);
a bad file is reported and the batch carries on with the next; the exit code is the
worst outcome. Receipts for the devices whose bundles were taken in can be written next
to their bundles at the end (the desk does it by default).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app import importer
from app.usecases.lookups import Progress
from app.usecases.receipts import write_receipt
from app.usecases.session import Session
from storage.errors import EXIT_BUG, EXIT_ENVIRONMENT, Cancelled, QorgauError


@dataclass
class Batch:
    """What a batch did, file by file. The desktop's timer reads it while the worker
    appends (list appends and int stores are atomic under the GIL)."""

    paths: list[Path]
    dry_run: bool = False
    receipts: bool = False
    reports: list[tuple[importer.ImportReport, BaseException | None]] = field(
        default_factory=list)
    current: int = 0
    cancelled: bool = False
    receipts_written: list[dict[str, Any]] = field(default_factory=list)
    receipt_errors: list[tuple[str, BaseException]] = field(default_factory=list)
    records_new: int = 0
    started: str = field(default_factory=lambda: datetime.now().strftime("%H:%M"))

    @property
    def exit_code(self) -> int:
        """The worst outcome: a file that could not be read at all (its own exit code),
        then quarantined > rejected > duplicate > merged."""
        for _r, exc in self.reports:
            if exc is not None:
                return error_code(exc)
        return importer.summary_code([r for r, _e in self.reports])


def error_code(exc: BaseException) -> int:
    if isinstance(exc, QorgauError):
        return exc.exit_code
    if isinstance(exc, OSError):
        return EXIT_ENVIRONMENT
    return EXIT_BUG


def run(session: Session, batch: Batch, *, progress: Progress | None = None,
        cancel: threading.Event | None = None) -> Batch:
    """Verify (batch.dry_run) or import each file in turn; then write the receipts.
    A cancel stops the file being read (nothing of it merged) and those after it."""
    sizes = []
    for p in batch.paths:
        try:
            sizes.append(Path(p).stat().st_size)
        except OSError:
            sizes.append(0)
    total = sum(sizes) or 1
    base = 0
    for i, (path, size) in enumerate(zip(batch.paths, sizes, strict=True)):
        if cancel is not None and cancel.is_set():
            batch.cancelled = True
            break
        batch.current = i

        def step(done: int, _total: int, base: int = base) -> None:
            if progress is not None:
                progress(base + done, total)

        try:
            report = importer.import_bundle(session.vault, Path(path), dry_run=batch.dry_run,
                                            progress=step, cancel=cancel)
            batch.reports.append((report, None))
            batch.records_new += report.records_new
        except Cancelled:
            batch.cancelled = True
            break
        except Exception as exc:  # one unreadable file must not stop the batch
            failed = importer.ImportReport(file=str(path), dry_run=batch.dry_run,
                                           reason=str(exc), reason_code="error")
            batch.reports.append((failed, exc))
        base += size
        if progress is not None:
            progress(base, total)
    if batch.receipts and not batch.dry_run and not batch.cancelled:
        folders: dict[str, Path] = {}
        for report, error in batch.reports:
            if error is None and report.status in (importer.MERGED, importer.DUPLICATE) \
                    and report.device_id:
                folders[report.device_id] = Path(report.file).parent
        for device_id, folder in folders.items():
            try:
                batch.receipts_written.append(write_receipt(session, device_id, folder))
            except Exception as exc:  # shown with the batch's report
                batch.receipt_errors.append((device_id, exc))
    return batch


def import_bundles(session: Session, paths: list[Path], *, dry_run: bool = False,
                   receipts: bool = False, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> Batch:
    """Import (or, with dry_run, verify) several bundle files."""
    return run(session, Batch([Path(p) for p in paths], dry_run=dry_run, receipts=receipts),
               progress=progress, cancel=cancel)
