"""Age streams in processes of their own: the second core of an export.

pyrage holds the GIL for the whole of an encryption or decryption, so in one process
decrypting the originals from the vault and encrypting the bundle take turns on one
core. An export therefore runs each in a child: one decrypts the originals it is
named, one after another, into a pipe; the exporting process hashes them and frames
the tar; the other child encrypts the tar into the bundle file. An import likewise
hands the evidence originals it reads from a bundle to a child that encrypts each into
the blob store ("store"), while it decrypts the bundle and checks the records. Plaintext
only ever crosses bounded kernel pipes, never a file; pyrage stays the only age
implementation.

This file imports nothing of ours, so it runs as a script with `python -I`: no
PYTHONPATH, working directory or user site can change what a child executes, and it
starts in a few tens of milliseconds. Secrets (the vault's blob identity) reach the
decrypting child on its stdin, never its command line or environment. The standalone
application has no script files: its executable runs `main` when given WORKER_FLAG
(packaging/qorgau_entry.py).
"""

from __future__ import annotations

import os
import struct
import sys
from typing import BinaryIO

import pyrage

WORKER_FLAG = "--qorgau-age-worker"
CHUNK = 1 << 20
# Below this many bytes a child's start (tens of milliseconds) costs more than the
# second core saves: small bundles and receipts are sealed in the calling process.
# Above it the children pay on a busy machine too (bench/README.md, export: at loads of
# 6.7-10 on two cores they beat one process in 8 rounds of 10, each process getting its
# share of a contended core), so no load rule decides.
WORTH_A_PROCESS = 8 << 20
EXIT_OS_ERROR = 3  # stderr: "errno N text"
EXIT_FAILED = 4  # stderr: the error's text


def encrypt(src: BinaryIO, dst: BinaryIO, recipients: list[str]) -> None:
    """Encrypt everything `src` gives to every age recipient (public keys, not secrets)."""
    pyrage.encrypt_io(src, dst, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def command(mode: str, *args: str) -> list[str]:
    """The child's command line ("encrypt" RECIPIENT…, "decrypt" or "store" RECIPIENT):
    nothing secret."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, mode, *args]
    return [sys.executable, "-I", os.path.abspath(__file__), mode, *args]


def _encrypt(recipients: list[str]) -> None:
    """stdin: the plaintext; stdout: the age file (a pipe, or an empty file: it is
    opened again from its start)."""
    if os.path.exists("/dev/stdin") and os.path.exists("/dev/stdout"):
        # As in _decrypt: from Rust with no Python call per chunk, a fifth less CPU
        # than encrypt_io (bench/README.md, export).
        pyrage.encrypt_file("/dev/stdin", "/dev/stdout",
                            [pyrage.x25519.Recipient.from_str(r) for r in recipients])
        return
    src = os.fdopen(0, "rb", buffering=CHUNK, closefd=False)
    dst = os.fdopen(1, "wb", buffering=CHUNK, closefd=False)
    encrypt(src, dst, recipients)
    dst.flush()


class _Limited:
    """read(n) over the next `size` bytes of `src`: one original of a "store" stream."""

    def __init__(self, src: BinaryIO, size: int) -> None:
        self.src, self.left = src, size

    def read(self, n: int = -1) -> bytes:
        want = self.left if n is None or n < 0 else min(n, self.left)
        if want <= 0:
            return b""
        chunk = self.src.read(want)
        if not chunk:
            raise EOFError("the stream ended inside an original")
        self.left -= len(chunk)
        return chunk


def _store(recipient: str) -> None:
    """stdin: originals, each as its temp file's path and a NUL byte, its size (8 bytes,
    big-endian), then its bytes; each is encrypted to `recipient` into a new file at that
    path (0600), flushed to disk. stdout, once stdin has ended: how many were written.
    The parent checks the hashes and moves the files to their names."""
    src = os.fdopen(0, "rb", buffering=CHUNK, closefd=False)
    to = [pyrage.x25519.Recipient.from_str(recipient)]
    written = 0
    while True:
        path = bytearray()
        while (byte := src.read(1)) not in (b"", b"\0"):
            path += byte
        if not byte and not path:
            break
        head = src.read(8)
        if not byte or len(head) != 8:
            raise EOFError("the stream ended inside a header")
        (size,) = struct.unpack(">Q", head)
        fd = os.open(os.fsdecode(bytes(path)), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb", buffering=CHUNK) as out:
            body = _Limited(src, size)
            pyrage.encrypt_io(body, out, to)
            if body.left:
                raise EOFError("the original was not read to its end")
            out.flush()
            os.fsync(out.fileno())
        written += 1
    sys.stdout.write(f"{written}\n")
    sys.stdout.flush()


def _decrypt() -> None:
    """stdin: identities, an empty field, then age files' paths, each field ended by a
    NUL byte; stdout: their plaintexts one after another (the reader knows each size)."""
    fields = iter(os.fsdecode(sys.stdin.buffer.read()).split("\0"))
    identities = [pyrage.x25519.Identity.from_str(f) for f in iter(fields.__next__, "")]
    paths = [f for f in fields if f]
    # decrypt_file writes from Rust with no Python call per chunk: a third faster than
    # decrypt_io here. Where there is no /dev/stdout, the portable way.
    direct = os.path.exists("/dev/stdout")
    out = os.fdopen(1, "wb", buffering=CHUNK, closefd=False)
    for path in paths:
        try:
            if direct:
                pyrage.decrypt_file(path, "/dev/stdout", identities)
            else:
                with open(path, "rb") as src:
                    pyrage.decrypt_io(src, out, identities)
                out.flush()
        except Exception as exc:
            raise RuntimeError(f"{path}: {exc}") from None


def main(argv: list[str]) -> int:
    mode, args = (argv[0], argv[1:]) if argv else ("", [])
    try:
        if mode == "encrypt":
            _encrypt(args)
        elif mode == "decrypt":
            _decrypt()
        elif mode == "store" and len(args) == 1:
            _store(args[0])
        else:
            raise ValueError(f"unknown mode {mode!r}")
    except OSError as exc:
        sys.stderr.write(f"errno {exc.errno or 0} {exc.strerror or exc}\n")
        return EXIT_OS_ERROR
    except Exception as exc:  # reported by the parent in its own words
        sys.stderr.write(f"{type(exc).__name__}: {exc}\n")
        return EXIT_FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
