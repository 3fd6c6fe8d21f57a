"""An unlocked vault as the interfaces hold it: the vault and its record operations.

The command line opens one per command; the desktop keeps one from unlock to lock and
runs every use case with it on its database worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.records import Records
from storage.vault import Vault


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.records = Records(vault)
        self.db: Any = vault.db

    @property
    def device_name(self) -> str:
        return self.vault.identity.name

    @property
    def device_id(self) -> str:
        return self.vault.identity.device_id

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def role(self) -> str:
        return self.vault.role

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
