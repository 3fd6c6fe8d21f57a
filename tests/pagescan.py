"""Decrypt every page of a vault's SQLCipher database (and of its write-ahead log, and of
any migration backup) with the data key, as whoever forces the user to unlock could:
the tests search the plaintext pages for words that must be gone.

SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at the end of each (16-byte IV,
64-byte HMAC), AES-256-CBC over the rest; page 1 begins with the 16-byte salt. A raw key
(what the vault uses) is the AES key itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start:PAGE - RESERVE]) + dec.finalize()


def db_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    for i in range(len(data) // PAGE):
        yield decrypt_page(data[i * PAGE:(i + 1) * PAGE], key, i == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    if not path.exists():
        return
    data = path.read_bytes()
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[pos:pos + 4], "big")
        yield decrypt_page(data[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE], key, number == 1)
        pos += FRAME_HEADER + PAGE


def plaintext(vault_path: Path, key: bytes) -> bytes:
    """Every decrypted page of vault.db, its WAL and every file in backups/."""
    files = [vault_path / "vault.db", *sorted((vault_path / "backups").glob("*"))]
    out = [p for f in files if f.is_file() for p in db_pages(f, key)]
    out += list(wal_pages(vault_path / "vault.db-wal", key))
    return b"".join(out)


def holds(vault_path: Path, key: bytes, word: str) -> bool:
    text = plaintext(vault_path, key)
    return any(form in text for form in (word.encode("utf-8"), word.lower().encode("utf-8")))
