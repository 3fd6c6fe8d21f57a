"""The identity card: a vault's public keys, exchanged between a field device and an archive.

A card is not secret and not self-authenticating: whoever can alter the file can also
recompute the `fingerprint` field. What authenticates a card is a person comparing its
fingerprint over a separate channel (read aloud on the phone, or in person). The field in
the file only catches accidents and careless edits.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Any

import pyrage

from storage import canonical
from storage.errors import IntegrityFailure, InvalidInput
from sync import minisign

FORMAT = "qorgau-identity-card"
VERSION = 1
ROLES = ("field", "archive")
MAX_CARD_BYTES = 64 * 1024
MAX_NAME_CHARS = 200

_FINGERPRINT_DOMAIN = b"qorgau identity card fingerprint v1\x00"
# Digits, not base32: they are read aloud in Russian or Kazakh, where letters are spelt
# differently (Latin "C" vs Cyrillic "С") and misheard, while digits are not. Groups of
# four are read as two two-digit numbers, the way people there dictate phone numbers.
# 24 digits carry log2(10**24) ~ 79.7 bits: forging a card with the same fingerprint
# takes ~2**80 key generations. 16 bytes of digest are reduced mod 10**24 so every
# digit is uniform (bias < 2**-48).
_FINGERPRINT_DIGITS = 24
_FINGERPRINT_GROUP = 4

_FIELDS = (
    "format",
    "version",
    "device_id",
    "name",
    "role",
    "minisign_public_key",
    "age_recipient",
    "fingerprint",
)
_REQUIRED = frozenset(_FIELDS) - {"fingerprint"}


@dataclass(frozen=True)
class IdentityCard:
    device_id: str  # canonical lower-case UUID
    name: str  # a label for people; not covered by the fingerprint
    role: str  # "field" or "archive"
    sign_public: bytes  # raw Ed25519 public key (32 bytes)
    sign_key_id: bytes  # minisign key id (8 bytes, as stored in minisign files)
    age_recipient: str  # "age1..." X25519 recipient

    def __post_init__(self) -> None:
        # Validated on construction so that no invalid card exists anywhere in the app.
        _check_device_id(self.device_id)
        _check_name(self.name)
        if self.role not in ROLES:
            raise InvalidInput(f"identity card: role must be one of {', '.join(ROLES)}")
        if not isinstance(self.sign_public, bytes) or len(self.sign_public) != 32:
            raise InvalidInput("identity card: signing key must be 32 bytes")
        if not isinstance(self.sign_key_id, bytes) or len(self.sign_key_id) != 8:
            raise InvalidInput("identity card: signing key id must be 8 bytes")
        _check_age_recipient(self.age_recipient)


def fingerprint(card: IdentityCard) -> str:
    """E.g. "0421-9375-1180-6642-3307-5519": compare it aloud before trusting a card.

    Covers every field that decides whom we trust or encrypt to: device id, role, both
    halves of the minisign key (key id and public key) and the age recipient. The name is
    left out because it is only a label a person may edit.
    """
    payload = canonical.dumps(
        {
            "device_id": card.device_id,
            "role": card.role,
            "minisign_public_key": minisign.public_key_line(card.sign_key_id, card.sign_public),
            "age_recipient": card.age_recipient,
        }
    )
    digest = hashlib.sha256(_FINGERPRINT_DOMAIN + payload).digest()
    number = int.from_bytes(digest[:16], "big") % 10**_FINGERPRINT_DIGITS
    digits = f"{number:0{_FINGERPRINT_DIGITS}d}"
    return "-".join(
        digits[i : i + _FINGERPRINT_GROUP] for i in range(0, len(digits), _FINGERPRINT_GROUP)
    )


def to_json(card: IdentityCard) -> bytes:
    obj = {
        "format": FORMAT,
        "version": VERSION,
        "device_id": card.device_id,
        "name": card.name,
        "role": card.role,
        "minisign_public_key": minisign.public_key_line(card.sign_key_id, card.sign_public),
        "age_recipient": card.age_recipient,
        "fingerprint": fingerprint(card),
    }
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def from_json(data: bytes) -> IdentityCard:
    """Parse a card strictly; InvalidInput for a malformed file, IntegrityFailure if the
    fingerprint in the file does not match its keys."""
    if not isinstance(data, bytes):
        raise InvalidInput("identity card: expected bytes")
    if len(data) > MAX_CARD_BYTES:
        raise InvalidInput(f"identity card: file larger than {MAX_CARD_BYTES // 1024} KiB")
    obj = _load_object(data)
    unknown = sorted(set(obj) - set(_FIELDS))
    if unknown:
        # repr() and a cut: field names come from the file and end up on screen.
        shown = ", ".join(repr(name[:40]) for name in unknown[:5])
        raise InvalidInput(f"identity card: unknown field(s): {shown}")
    missing = sorted(_REQUIRED - set(obj))
    if missing:
        raise InvalidInput(f"identity card: missing field(s): {', '.join(missing)}")
    if obj["format"] != FORMAT:
        raise InvalidInput(f"identity card: not a {FORMAT} file")
    version = obj["version"]
    if type(version) is not int or version != VERSION:  # bool is an int subclass
        raise InvalidInput(f"identity card: unsupported version, expected {VERSION}")
    for field in _REQUIRED - {"version"}:
        if not isinstance(obj[field], str):
            raise InvalidInput(f"identity card: {field} must be a string")
    key_line = obj["minisign_public_key"]
    try:
        key_id, public = minisign.parse_public_key(key_line)
    except InvalidInput as exc:
        raise InvalidInput(f"identity card: {exc}") from None
    if key_line != minisign.public_key_line(key_id, public):
        raise InvalidInput("identity card: minisign_public_key must be the bare base64 line")
    card = IdentityCard(
        device_id=obj["device_id"],
        name=obj["name"],
        role=obj["role"],
        sign_public=public,
        sign_key_id=key_id,
        age_recipient=obj["age_recipient"],
    )
    if "fingerprint" in obj and obj["fingerprint"] != fingerprint(card):
        raise IntegrityFailure(
            "identity card: fingerprint does not match its keys; the card was altered"
        )
    return card


def _load_object(data: bytes) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise InvalidInput("identity card: duplicate field")
        return dict(pairs)

    def no_constant(name: str) -> None:
        raise InvalidInput(f"identity card: {name} is not valid JSON")

    try:
        # Decode explicitly: json.loads(bytes) would also guess UTF-16/32.
        obj = json.loads(
            data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constant
        )
    except UnicodeDecodeError:
        raise InvalidInput("identity card: not UTF-8 text") from None
    except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
        raise InvalidInput("identity card: not valid JSON") from None
    if not isinstance(obj, dict):
        raise InvalidInput("identity card: expected a JSON object")
    return obj


def _check_device_id(device_id: str) -> None:
    try:
        canonical_form = str(uuid.UUID(device_id))
    except (TypeError, ValueError, AttributeError):
        canonical_form = None
    if canonical_form != device_id:
        raise InvalidInput("identity card: device_id must be a lower-case UUID")


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput("identity card: name must be non-empty text")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(f"identity card: name longer than {MAX_NAME_CHARS} characters")
    # Control, format (bidi overrides can make a name display as another), surrogate,
    # private-use and unassigned characters have no place in a device name.
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} for ch in name):
        raise InvalidInput("identity card: name contains control or invisible characters")


def _check_age_recipient(recipient: str) -> None:
    if not isinstance(recipient, str) or not recipient.startswith("age1"):
        raise InvalidInput("identity card: age_recipient must be an age1… X25519 recipient")
    try:
        parsed = str(pyrage.x25519.Recipient.from_str(recipient))
    except (pyrage.RecipientError, ValueError, UnicodeError):
        parsed = None
    # Require the canonical (lower-case) spelling, so one key has one card text.
    if parsed != recipient:
        raise InvalidInput("identity card: age_recipient is not a valid age X25519 recipient")
