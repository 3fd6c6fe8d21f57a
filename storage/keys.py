"""The vault's key hierarchy.

A random 256-bit data key opens the SQLCipher database and everything else in the
vault. It is stored only wrapped (AES-256-GCM), twice:

- by a key derived from the passphrase with Argon2id (parameters calibrated at
  creation, stored with the salt), and
- for the 160-bit recovery code shown once at creation: the code gives (HKDF) an X25519
  key pair whose public half is kept in the key file, and the data key is sealed to it
  (ephemeral X25519, HKDF, AES-256-GCM). Sealing needs no secret, so the data key can be
  replaced without asking for the recovery code.

Changing the passphrase, recovering with the code or issuing a new code replaces the
data key and re-encrypts the database with it (SQLCipher rekey), so an old copy of the
key file with an old passphrase or code opens nothing current (storage.vault).
Key files of format version 1 wrapped the data key with an HKDF key of the code
directly; they are still read, and the first rotation issues a new code.
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
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import InvalidInput, WrongSecret

KEY_BYTES = 32
# The passphrase floor (one rule for the command line and the desktop): at least this
# many characters, and a zxcvbn estimate of at least 10^10 guesses (its score 4). At
# Argon2id's half second per guess on one core that is centuries; even a rack of GPUs,
# slowed by the 64 MiB each guess needs, takes years. Names, dates, keyboard walks,
# repeats and common passwords score low whatever their length.
MIN_PASSPHRASE_CHARS = 10
MIN_PASSPHRASE_SCORE = 4
_ESTIMATE_CHARS = 100  # zxcvbn's time grows fast with length; past this it is long enough
# Calibration: the most memory we ask for, and the time one unlock should take.
KDF_MAX_MEMORY_KIB = 256 * 1024
KDF_TARGET_SECONDS = 0.5
# Floor for real vaults, whatever the machine: below this a guess is too cheap, and
# `qorgau check` fails (exit 5) on a vault whose passphrase slot is below it.
KDF_MIN_MEMORY_KIB = 64 * 1024

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8  # 8 groups of 4 characters = 32 symbols = 160 bits


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_passphrase(passphrase: str) -> bytes:
    # The same words typed on two keyboards must give the same key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (trivial) .. 4 (strong), zxcvbn's scale
    problem: str | None  # None (acceptable), "short" or "guessable"

    @property
    def acceptable(self) -> bool:
        return self.problem is None


def passphrase_strength(passphrase: str) -> Strength:
    """The floor every new passphrase must pass (see MIN_PASSPHRASE_SCORE)."""
    from zxcvbn import zxcvbn  # loads its dictionaries: only when a passphrase is set

    text = unicodedata.normalize("NFC", passphrase).strip()
    if not text:
        return Strength(0, "short")
    score = int(zxcvbn(text[:_ESTIMATE_CHARS])["score"]) if len(text) <= _ESTIMATE_CHARS else 4
    if len(text) < MIN_PASSPHRASE_CHARS:
        return Strength(min(score, 1), "short")
    if score < MIN_PASSPHRASE_SCORE:
        return Strength(score, "guessable")
    return Strength(score, None)


def check_new_passphrase(passphrase: str) -> None:
    verdict = passphrase_strength(passphrase)
    if verdict.problem == "short":
        raise InvalidInput(
            f"the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters"
        )
    if verdict.problem == "guessable":
        raise InvalidInput(
            "the passphrase is too easy to guess: four or five unrelated words are easier "
            "to type and much harder to guess"
        )


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int

    def as_dict(self) -> dict[str, int]:
        return {"iterations": self.iterations, "memory_kib": self.memory_kib, "lanes": self.lanes}

    @property
    def below_floor(self) -> bool:
        return self.memory_kib < KDF_MIN_MEMORY_KIB or self.iterations < 1


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
    """A new recovery code's slot: its public key, and the data key sealed to it."""
    salt = os.urandom(16)
    public = _recovery_private(code, salt).public_key().public_bytes_raw()
    return reseal_recovery({"kdf": "x25519-hkdf-sha256", "salt": b64e(salt),
                            "public": b64e(public)}, data_key, vault_id)


def _recovery_private(code: str, salt: bytes) -> X25519PrivateKey:
    # The code carries 160 random bits: a slow KDF would add nothing.
    seed = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"qorgau recovery v2").derive(normalize_recovery_code(code).encode("ascii"))
    return X25519PrivateKey.from_private_bytes(seed)


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=ephemeral + public,
                info=b"qorgau recovery seal v2").derive(shared)


def reseal_recovery(slot: dict[str, Any], data_key: bytes, vault_id: str) -> dict[str, Any]:
    """Seal a (new) data key to the recovery code's public key: no secret needed."""
    if slot.get("kdf") != "x25519-hkdf-sha256":
        raise InvalidInput("this key file's recovery slot is of an old format")
    public = b64d(slot["public"])
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    kek = _seal_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)),
                    eph_public, public)
    return {"kdf": slot["kdf"], "salt": slot["salt"], "public": slot["public"],
            "ephemeral": b64e(eph_public), **_wrap(kek, data_key, vault_id, "recovery")}


def slot_params(slot: dict[str, Any]) -> KdfParams:
    return KdfParams(int(slot["iterations"]), int(slot["memory_kib"]), int(slot["lanes"]))


def unwrap_with_passphrase(slot: dict[str, Any], passphrase: str, vault_id: str) -> bytes:
    if slot.get("kdf") != "argon2id":
        raise InvalidInput(f"unknown key derivation {slot.get('kdf')!r}")
    kek = derive_passphrase_key(passphrase, b64d(slot["salt"]), slot_params(slot))
    return _unwrap(kek, slot, vault_id, "passphrase")


def unwrap_with_recovery(slot: dict[str, Any], code: str, vault_id: str) -> bytes:
    if slot.get("kdf") == "hkdf-sha256":  # key file format 1
        kek = _recovery_key(code, b64d(slot["salt"]))
        return _unwrap(kek, slot, vault_id, "recovery")
    if slot.get("kdf") != "x25519-hkdf-sha256":
        raise InvalidInput(f"unknown key derivation {slot.get('kdf')!r}")
    private = _recovery_private(code, b64d(slot["salt"]))
    public = b64d(slot["public"])
    if private.public_key().public_bytes_raw() != public:
        raise WrongSecret("wrong recovery code")
    eph = b64d(slot["ephemeral"])
    kek = _seal_key(private.exchange(X25519PublicKey.from_public_bytes(eph)), eph, public)
    return _unwrap(kek, slot, vault_id, "recovery")
