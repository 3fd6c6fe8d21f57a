"""Sending records to a coordinator: a sealed bundle from the field laptop.

The exporter decides what may leave the vault (consent, protected people) and writes the
bundle atomically with its "export" audit entry; this is the one door to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from app import exporter
from app.usecases.session import Session

ExportReport = exporter.ExportReport


def bundle_name(now: datetime | None = None) -> str:
    """The file name the desktop proposes: sortable, and says nothing about its content."""
    return f"qorgau-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}.bundle"


def export_bundle(session: Session, out: Path, *, everything: bool = False,
                  recipients: Iterable[str] | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: threading.Event | None = None, dry_run: bool = False,
                  lang: str = "en") -> ExportReport:
    """Seal new records (or, with `everything`, all) to the chosen trusted coordinators
    (device ids; default every one). With `dry_run`, write nothing and say what would go
    and what consent keeps here (report.preview, in `lang`)."""
    return exporter.export(session.vault, Path(out), everything=everything,
                           recipients=recipients, progress=progress, cancel=cancel,
                           dry_run=dry_run, lang=lang)


def withheld_titles(session: Session, report: ExportReport) -> list[str]:
    """Titles of the records kept back for lack of consent (shown to the person)."""
    out = []
    for w in report.withheld:
        row = session.db.one("SELECT title FROM records WHERE record_id = ?",
                             (w["record_id"],))
        out.append(row[0] if row else w["record_id"])
    return out
