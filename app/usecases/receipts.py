"""Receipts: the archive writes one for a device (what it holds from it, signed); the
field laptop accepts it and may then purge what was acknowledged. app.receipts does the
work and writes the audit entries; these are the actions both interfaces call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app import receipts
from app.usecases.lookups import Progress, device_names
from storage.errors import InvalidInput
from storage.vault import Vault


def receipt_name(device_name: str, now: dt.datetime | None = None) -> str:
    """A file name for a device's receipt: its name in safe characters and the time."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in device_name).strip("-")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"qorgau-receipt-{safe[:40] or 'device'}-{stamp}.receipt"


def write_receipt(vault: Vault, device_id: str, out: Path) -> dict[str, Any]:
    """Write a signed receipt for a device to the file `out`, or into the folder `out`
    under a name made from the device's name and the time."""
    name = device_names(vault.db).get(device_id, "device")
    target = Path(out)
    if target.is_dir():
        target = target / receipt_name(name)
    report = receipts.issue(vault, device_id, target)
    return {**report.to_json(), "device_name": name}


def accept_receipt(vault: Vault, path: Path) -> receipts.AcceptReport:
    return receipts.accept(vault, Path(path))


def purge(vault: Vault, *, acknowledged: bool, record_ids: list[str] | None = None,
          progress: Progress | None = None, cancel: Any = None) -> int:
    """Remove from this field laptop what a coordinator acknowledged (and only that)."""
    if not acknowledged:
        raise InvalidInput("purge needs --acknowledged: only what a coordinator acknowledged "
                           "can be removed from this device")
    return receipts.purge_acknowledged(vault, record_ids, progress=progress, cancel=cancel)
