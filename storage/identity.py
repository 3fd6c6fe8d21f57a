"""The device identity held inside the vault: signing key, box key, blob keys."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from storage.db import Database
from storage.ids import now_iso, uuid7

ROLES = ("field", "archive")


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass
class Identity:
    device_id: str
    name: str
    role: str
    sign_key: Ed25519PrivateKey
    sign_key_id: bytes
    box_identity: pyrage.x25519.Identity
    blob_identity: pyrage.x25519.Identity
    blob_name_key: bytes

    @property
    def sign_public(self) -> bytes:
        return raw_public(self.sign_key)

    @property
    def box_recipient(self) -> str:
        return str(self.box_identity.to_public())

    def sign(self, message: bytes) -> bytes:
        return self.sign_key.sign(message)

    def blob_name(self, sha256_hex: str) -> str:
        # Keyed: whoever holds a known photo cannot test whether this vault has it.
        return hmac.new(self.blob_name_key, sha256_hex.encode("ascii"), hashlib.sha256).hexdigest()


def create(db: Database, name: str, role: str) -> Identity:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    sign_key = Ed25519PrivateKey.generate()
    ident = Identity(
        device_id=uuid7(),
        name=name,
        role=role,
        sign_key=sign_key,
        sign_key_id=os.urandom(8),
        box_identity=pyrage.x25519.Identity.generate(),
        blob_identity=pyrage.x25519.Identity.generate(),
        blob_name_key=os.urandom(32),
    )
    secret = sign_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    at = now_iso()
    db.execute(
        "INSERT INTO device (id, device_id, name, role, sign_secret, sign_key_id, box_secret,"
        " blob_secret, blob_name_key, clock, created_at) VALUES (1,?,?,?,?,?,?,?,?,0,?)",
        (ident.device_id, name, role, secret, ident.sign_key_id, str(ident.box_identity),
         str(ident.blob_identity), ident.blob_name_key, at),
    )
    db.execute(
        "INSERT INTO devices (device_id, name, role, sign_public, sign_key_id, box_public,"
        " added_at) VALUES (?,?,?,?,?,?,?)",
        (ident.device_id, name, role, ident.sign_public, ident.sign_key_id,
         ident.box_recipient, at),
    )
    return ident


def load(db: Database) -> Identity:
    row = db.one(
        "SELECT device_id, name, role, sign_secret, sign_key_id, box_secret, blob_secret,"
        " blob_name_key FROM device WHERE id = 1"
    )
    if row is None:
        raise RuntimeError("vault has no device identity")
    return Identity(
        device_id=row[0],
        name=row[1],
        role=row[2],
        sign_key=Ed25519PrivateKey.from_private_bytes(bytes(row[3])),
        sign_key_id=bytes(row[4]),
        box_identity=pyrage.x25519.Identity.from_str(row[5]),
        blob_identity=pyrage.x25519.Identity.from_str(row[6]),
        blob_name_key=bytes(row[7]),
    )


def next_blob_identity(db: Database) -> pyrage.x25519.Identity | None:
    """The blob key that evidence files are being re-encrypted under, if that is under
    way (schema 4; app.usecases.keys)."""
    if db.user_version() < 4:
        return None
    row = db.one("SELECT blob_secret_next FROM device WHERE id = 1")
    return pyrage.x25519.Identity.from_str(row[0]) if row and row[0] else None


def public_key(db: Database, device_id: str) -> Ed25519PublicKey | None:
    row = db.one("SELECT sign_public FROM devices WHERE device_id = ?", (device_id,))
    return Ed25519PublicKey.from_public_bytes(bytes(row[0])) if row else None
