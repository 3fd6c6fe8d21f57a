"""Receipts: the archive writes one for a device (what it holds from it, signed); the
field laptop accepts it, sees what it may now remove, and removes what was acknowledged
(and only that). app.receipts does the work and writes the audit entries; these are the
actions both interfaces call."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import receipts
from app.usecases.lookups import Progress, device_names
from app.usecases.session import Session
from storage.atomic import free_path

AcceptReport = receipts.AcceptReport


@dataclass
class PurgePlan:
    """What "remove acknowledged records" would take off this laptop."""

    ids: list[str] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)  # kind -> records
    files: int = 0  # evidence originals that leave with them
    size: int = 0  # their total size in bytes
    holders: list[str] = field(default_factory=list)  # coordinators whose receipts say so


def receipt_name(device_name: str, now: dt.datetime | None = None) -> str:
    """A file name for a device's receipt: its name in safe characters and the time."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in device_name).strip("-")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"qorgau-receipt-{safe[:40] or 'device'}-{stamp}.receipt"


def write_receipt(session: Session, device_id: str, out: Path) -> dict[str, Any]:
    """Archive: write a signed receipt for a device to the file `out`, or into the folder
    `out` under a name made from the device's name and the time."""
    name = device_names(session.db).get(device_id, "device")
    target = Path(out)
    if target.is_dir():
        # The time in the name is to the second: a second receipt for the same device in
        # the same folder within it (two imports in a row) takes the next free number
        # instead of failing on the first one's name.
        target = free_path(target / receipt_name(name))
    report = receipts.issue(session.vault, device_id, target)
    return {**report.to_json(), "device_name": name}


def purge_plan(session: Session) -> PurgePlan:
    """Field laptop: what the receipts accepted so far allow to remove, by kind, with the
    evidence originals that would leave with them and who holds them."""
    db = session.db
    ids = receipts.purgeable(session.vault)
    chosen = set(ids)
    kinds: Counter[str] = Counter()
    leaving: set[str] = set()
    kept: set[str] = set()
    for rid, kind, body in db.all("SELECT record_id, kind, body FROM records"):
        sha = json.loads(body).get("sha256") if kind == "evidence" else None
        if rid in chosen:
            kinds[kind] += 1
            if sha:
                leaving.add(sha)
        elif sha:
            kept.add(sha)
    files = [sha for sha in sorted(leaving - kept) if session.vault.blobs.has(sha)]
    size = 0
    for sha in files:
        row = db.one("SELECT size FROM blobs WHERE sha256 = ?", (sha,))
        size += int(row[0]) if row else 0
    holders = [r[0] for r in db.all(
        "SELECT name FROM sync_trusted WHERE device_id IN"
        " (SELECT coordinator FROM sync_receipts_in) ORDER BY name")]
    return PurgePlan(ids, dict(kinds.most_common()), len(files), size, holders)


def accept_receipt(session: Session, path: Path) -> tuple[AcceptReport, PurgePlan]:
    """Field laptop: check a coordinator's receipt and mark what it holds as acknowledged
    (audited by app.receipts); returns the check and what may now be removed."""
    return receipts.accept(session.vault, Path(path)), purge_plan(session)


def purge(session: Session, record_ids: list[str] | None = None, *,
          progress: Progress | None = None, cancel: Any = None) -> tuple[int, set[str]]:
    """Field laptop: remove what a coordinator acknowledged, and only that: every
    acknowledged record, or those of `record_ids` a person confirmed (each only if still
    acknowledged). Returns how many went and which records are gone."""
    before = set(receipts.purgeable(session.vault) if record_ids is None else record_ids)
    count = receipts.purge_acknowledged(session.vault, record_ids, progress=progress,
                                        cancel=cancel)
    still = {r[0] for r in session.db.all("SELECT record_id FROM records")}
    return count, before - still
