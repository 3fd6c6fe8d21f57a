"""Atomic file writes: a private temp file beside the target, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder as a file; its rename is journaled
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def free_path(path: Path) -> Path:
    """`path`, or the same name with -2, -3… before its suffix: the first not yet taken
    (names made from the time to the second meet when two are made within it)."""
    found, n = path, 1
    while found.exists():
        n += 1
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return found


def partial_path(target: Path, extra: str = "") -> Path:
    """The hidden name an unfinished write has beside its target (".NAME.PID.partial"):
    the only names a vault's next opening removes (Vault.remove_stale_outputs)."""
    target = Path(target)
    return target.with_name(f".{target.name}.{os.getpid()}{extra}.partial")


@contextlib.contextmanager
def atomic_writer(target: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a file that becomes `target` only if the block completes.

    The temp name starts with a dot and ends in `.partial`, so a crash leaves at
    worst a clearly named leftover that `cleanup_partials` removes.
    """
    target = Path(target)
    tmp = partial_path(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomic(target: Path, data: bytes, *, mode: int = 0o600) -> None:
    with atomic_writer(target, mode=mode) as fh:
        fh.write(data)


def cleanup_partials(folder: Path) -> int:
    """Remove leftovers of interrupted atomic writes in `folder` (not recursive)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if entry.name.startswith(".") and entry.name.endswith(".partial"):
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed += 1
    return removed


DISK_FULL = "the disk is full: free some space and try again"


def io_fault(exc: OSError, what: str = "write the file") -> Exception:
    """An environment fault a person can act on, from an OSError."""
    from storage.errors import EnvironmentFault

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return EnvironmentFault(DISK_FULL)
    return EnvironmentFault(f"could not {what}: {exc.strerror or exc}")


def nearly_full(folder: Path, margin: int = 1 << 20) -> bool:
    """Whether the filesystem holding `folder` has less than `margin` bytes free: a write
    that failed there failed because the disk filled up, whatever error surfaced first."""
    try:
        free = shutil.disk_usage(folder).free  # statvfs on POSIX, and works on Windows
    except OSError:
        return False
    return free < margin
