"""The vault's key hierarchy.

A random 256-bit data key opens the SQLCipher database and everything else in the
vault. It is stored only wrapped (AES-256-GCM), twice:

- by a key derived from the passphrase with Argon2id (parameters calibrated at
  creation, stored with the salt), and
- by a key derived with HKDF from a 160-bit recovery code shown once at creation.

Changing the passphrase rewraps the data key; the database is not re-encrypted.
"""

from __future__ import annotations

import base64
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import InvalidInput, WrongSecret

KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8
# Calibration: the most memory we ask for, and the time one unlock should take.
KDF_MAX_MEMORY_KIB = 256 * 1024
KDF_TARGET_SECONDS = 0.5
# Floor for real vaults, whatever the machine: below this a guess is too cheap.
KDF_MIN_MEMORY_KIB = 64 * 1024
# Deliberately weak parameters for the test suite only; a vault made with them says
# so in `qorgau check` and `qorgau identity`.
TEST_KDF = {"iterations": 1, "memory_kib": 8 * 1024, "lanes": 1}

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8  # 8 groups of 4 characters = 32 symbols = 160 bits


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_passphrase(passphrase: str) -> bytes:
    # The same words typed on two keyboards must give the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters"
        )


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int

    def as_dict(self) -> dict[str, int]:
        return {"iterations": self.iterations, "memory_kib": self.memory_kib, "lanes": self.lanes}

    @property
    def is_test_grade(self) -> bool:
        return self.memory_kib < KDF_MIN_MEMORY_KIB


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


def calibrate(target_seconds: float = KDF_TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id parameters that take about `target_seconds` on this machine.

    Memory first (it is what makes GPU guessing expensive), then iterations.
    """
    salt = os.urandom(16)
    memory = KDF_MAX_MEMORY_KIB
    iterations = 1
    while True:
        params = KdfParams(iterations, memory, 1)
        start = time.perf_counter()
        derive_passphrase_key("calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.8 or iterations >= 16:
            return params
        # Scale iterations toward the target; at least one more.
        grow = max(iterations + 1, int(iterations * target_seconds / max(elapsed, 1e-3)))
        iterations = min(grow, 16)


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_GROUPS * 4))
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def normalize_recovery_code(code: str) -> str:
    cleaned = code.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != RECOVERY_GROUPS * 4 or any(c not in _CROCKFORD for c in cleaned):
        raise WrongSecret(
            f"a recovery code has {RECOVERY_GROUPS} groups of 4 letters and digits"
        )
    return cleaned


def _recovery_key(code: str, salt: bytes) -> bytes:
    # The code carries 160 random bits: a slow KDF would add nothing.
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"qorgau recovery v1"
    ).derive(normalize_recovery_code(code).encode("ascii"))


def _aad(vault_id: str, slot: str) -> bytes:
    return f"qorgau-vault-key v1|{vault_id}|{slot}".encode()


def _wrap(kek: bytes, data_key: bytes, vault_id: str, slot: str) -> dict[str, str]:
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, slot))
    return {"nonce": b64e(nonce), "wrapped_key": b64e(sealed)}


def _unwrap(kek: bytes, slot_data: dict[str, Any], vault_id: str, slot: str) -> bytes:
    try:
        return AESGCM(kek).decrypt(
            b64d(slot_data["nonce"]), b64d(slot_data["wrapped_key"]), _aad(vault_id, slot)
        )
    except InvalidTag:
        raise WrongSecret(
            "wrong passphrase" if slot == "passphrase" else "wrong recovery code"
        ) from None


def passphrase_slot(
    data_key: bytes, passphrase: str, vault_id: str, params: KdfParams
) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = derive_passphrase_key(passphrase, salt, params)
    return {"kdf": "argon2id", "salt": b64e(salt), **params.as_dict(),
            **_wrap(kek, data_key, vault_id, "passphrase")}


def recovery_slot(data_key: bytes, code: str, vault_id: str) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = _recovery_key(code, salt)
    return {"kdf": "hkdf-sha256", "salt": b64e(salt),
            **_wrap(kek, data_key, vault_id, "recovery")}


def slot_params(slot: dict[str, Any]) -> KdfParams:
    return KdfParams(int(slot["iterations"]), int(slot["memory_kib"]), int(slot["lanes"]))


def unwrap_with_passphrase(slot: dict[str, Any], passphrase: str, vault_id: str) -> bytes:
    if slot.get("kdf") != "argon2id":
        raise InvalidInput(f"unknown key derivation {slot.get('kdf')!r}")
    kek = derive_passphrase_key(passphrase, b64d(slot["salt"]), slot_params(slot))
    return _unwrap(kek, slot, vault_id, "passphrase")


def unwrap_with_recovery(slot: dict[str, Any], code: str, vault_id: str) -> bytes:
    if slot.get("kdf") != "hkdf-sha256":
        raise InvalidInput(f"unknown key derivation {slot.get('kdf')!r}")
    kek = _recovery_key(code, b64d(slot["salt"]))
    return _unwrap(kek, slot, vault_id, "recovery")
