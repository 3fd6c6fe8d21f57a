"""Age streams in processes of their own: the second core of an export.

pyrage holds the GIL for the whole of an encryption or decryption, so in one process
decrypting the originals from the vault and encrypting the bundle take turns on one
core. An export therefore runs each in a child: one decrypts the originals it is
named, one after another, into a pipe; the exporting process hashes them and frames
the tar; the other child encrypts the tar into the bundle file. Plaintext only ever
crosses bounded kernel pipes, never a file; pyrage stays the only age implementation.

This file imports nothing of ours, so it runs as a script with `python -I`: no
PYTHONPATH, working directory or user site can change what a child executes, and it
starts in a few tens of milliseconds. Secrets (the vault's blob identity) reach the
decrypting child on its stdin, never its command line or environment. The standalone
application has no script files: its executable runs `main` when given WORKER_FLAG
(packaging/qorgau_entry.py).
"""

from __future__ import annotations

import os
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
    """The child's command line ("encrypt" RECIPIENT… or "decrypt"): nothing secret."""
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
