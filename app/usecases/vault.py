"""Vault actions: create, unlock, lock, change the passphrase, recover, check.

The storage layer writes the audit entries of create, passphrase change and recovery
inside the same transaction as the change itself (storage/vault.py); these functions are
the one door both interfaces use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.check import check_vault
from app.usecases.session import Session
from storage.keys import MIN_PASSPHRASE_CHARS, RECOVERY_GROUPS, passphrase_strength
from storage.vault import Vault

__all__ = ["MIN_PASSPHRASE_CHARS", "RECOVERY_GROUPS", "change_passphrase", "check", "create",
           "is_vault", "lock", "passphrase_strength", "recover", "unlock"]


def is_vault(path: Path) -> bool:
    """Whether `path` holds a vault (its key file and its database)."""
    path = Path(path)
    return (path / "keys.json").exists() and (path / "vault.db").exists()


def create(path: Path, passphrase: str, *, name: str | None = None,
           role: str = "field") -> tuple[Session, str]:
    """A new vault; returns it unlocked and its recovery code (shown once)."""
    vault, code = Vault.create(Path(path), passphrase, name=name, role=role)
    return Session(vault), code


def unlock(path: Path, passphrase: str) -> Session:
    return Session(Vault.open(Path(path), passphrase))


def lock(session: Session) -> None:
    """Close the database and forget the keys held in memory."""
    session.close()


def change_passphrase(session: Session, new_passphrase: str) -> str | None:
    """A new passphrase under a new database key (storage.vault); a new recovery code,
    to show once, only for a key file of the first format."""
    return session.vault.change_passphrase(new_passphrase)


def recover(path: Path, code: str, new_passphrase: str) -> Session:
    """Set a new passphrase with the recovery code; returns the vault unlocked."""
    return Session(Vault.recover(Path(path), code, new_passphrase))


def check(session: Session) -> dict[str, Any]:
    """Database, every version's signature, the audit chain, cross-checks."""
    return check_vault(session.vault)
