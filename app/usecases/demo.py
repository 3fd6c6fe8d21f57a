"""Fictional demonstration cases, for training and trying Qorgau out."""

from __future__ import annotations

from pathlib import Path

from app import demo
from app.usecases import vault as vault_uc
from app.usecases.session import Session


def populate(session: Session) -> dict[str, int]:
    """Add the demo cases (all names and places invented) to an open vault, all or
    nothing, audited ("demo_data")."""
    return demo.populate(session.vault)


def create(path: Path, passphrase: str) -> tuple[Session, str]:
    """A new field vault for the demo; returns it unlocked and its recovery code."""
    return vault_uc.create(Path(path), passphrase, name="Demo field device")
