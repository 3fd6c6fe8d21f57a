"""The field laptop and its coordinators: read and trust a coordinator's identity card,
list and remove trusted coordinators, this laptop's own card. (A coordinator's receipt and
removing what it acknowledged: app.usecases.receipts.)

Trust is decided by a person comparing the card's fingerprint aloud with its owner; the
digits they compared are passed as `expected_fingerprint`, so what is trusted is exactly
what was compared (sync.trust).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.usecases.session import Session
from storage.atomic import write_atomic
from storage.errors import InvalidInput, NotFound
from sync import card as cardmod
from sync import trust as trustmod


@dataclass
class CardInfo:
    data: bytes  # the card file as read: exactly these bytes are trusted
    device_id: str
    name: str
    role: str
    fingerprint: str
    status: str  # "new", "trusted" (same keys already), "other_keys", "own"


@dataclass
class Trusted:
    device_id: str
    name: str
    fingerprint: str


def read_card_file(path: Path) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise NotFound(f"no such file: {file}")
    if file.stat().st_size > cardmod.MAX_CARD_BYTES:
        raise InvalidInput("identity card: the file is too large to be a card")
    return file.read_bytes()


def read_card(session: Session, path: Path) -> CardInfo:
    """A card file, parsed, with what this laptop already knows of it."""
    data = read_card_file(Path(path))
    card = cardmod.from_json(data)
    fingerprint = cardmod.fingerprint(card)
    status = "new"
    if card.device_id == session.device_id:
        status = "own"
    for known in trustmod.trusted(session.db):
        if known.device_id == card.device_id:
            status = "trusted" if cardmod.fingerprint(known) == fingerprint else "other_keys"
    return CardInfo(data, card.device_id, card.name, card.role, fingerprint, status)


def trust(session: Session, card_bytes: bytes, expected_fingerprint: str | None = None
          ) -> Trusted:
    """Trust a coordinator's archive with this laptop's bundles (audited "trust")."""
    card = trustmod.trust(session.vault, card_bytes, expected_fingerprint)
    return Trusted(card.device_id, card.name, cardmod.fingerprint(card))


def trusted(session: Session) -> list[Trusted]:
    return [Trusted(c.device_id, c.name, cardmod.fingerprint(c))
            for c in trustmod.trusted(session.db)]


def untrust(session: Session, device_id: str, reason: str) -> None:
    """Stop sealing bundles to a coordinator (a lost or seized archive): later bundles
    can no longer be opened with its key. Audited with the person's reason."""
    if not reason or not reason.strip():
        raise InvalidInput("removing a coordinator needs a reason")
    db = session.db
    with db.transaction():
        row = db.one("SELECT name, fingerprint FROM sync_trusted WHERE device_id = ?",
                     (device_id,))
        if row is None:
            raise NotFound(f"no trusted coordinator {device_id}")
        db.execute("DELETE FROM sync_trusted WHERE device_id = ?", (device_id,))
        session.vault.audit("untrust", {"device_id": device_id, "name": row[0],
                                        "fingerprint": row[1], "reason": reason.strip()})


def own_card(session: Session) -> tuple[str, str, bytes]:
    """This laptop's card: its name, fingerprint and the bytes to hand over."""
    card = trustmod.own_card(session.vault)
    return card.name, cardmod.fingerprint(card), cardmod.to_json(card)


def write_own_card(session: Session, path: Path) -> str:
    """Write this laptop's card to `path` (public keys only, so readable: mode 0644);
    returns its fingerprint."""
    card = trustmod.own_card(session.vault)
    write_atomic(Path(path), cardmod.to_json(card), mode=0o644)
    return cardmod.fingerprint(card)
