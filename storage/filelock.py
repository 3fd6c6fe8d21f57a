"""One process per vault: an advisory lock on a file, held for as long as it is open.

The operating system drops the lock when the descriptor closes or the process dies, so a
crash or a pulled plug never leaves a vault locked for good. POSIX uses flock; Windows,
which has no flock, locks the file's first byte with msvcrt.locking, which behaves the
same way for this purpose.
"""

from __future__ import annotations

import os
from pathlib import Path

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def acquire(file: Path) -> int | None:
    """Open `file` (creating it, private) and lock it: the descriptor to close to let go,
    or None when another process holds the lock."""
    fd = os.open(file, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    if _try_lock(fd):
        return fd
    os.close(fd)
    return None
