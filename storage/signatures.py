"""Checking many Ed25519 signatures at once, on every core.

An import checks one signature per record version: ten thousand of them in a large
bundle. `cryptography` holds the GIL while it verifies (its Ed25519 `verify` never
releases it), so threads would take turns on one core; big batches go to worker
processes instead, while the importer's own process goes on with the rest of the batch
(schema checks, SQL). Small batches, and machines with one core, are checked in process:
starting workers costs more than they save.

The workers are started from a clean interpreter (`forkserver` where the system has it,
otherwise `spawn`), never forked from the caller: the desktop has threads, an open
SQLCipher connection and keys in memory that a fork would copy. They receive public keys,
signatures and the signed bytes (record versions that the importing process holds
anyway, through pipes, never a file) and return one yes or no per signature; the pool is
closed with the import, so no process outlives it with record text in its memory.
If workers cannot be started at all, the same check runs in process: the answer is the
same either way, only slower. As with any `multiprocessing` worker, the program's main
module is imported in the workers (not run): every entry point keeps its work under
`if __name__ == "__main__"`.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# (raw 32-byte public key, 64-byte signature, signed message)
Item = tuple[bytes, bytes, bytes]
T = TypeVar("T")
R = TypeVar("R")

# Below this many signatures a batch is checked in process (about 50–100 ms of work on
# one core: less than handing it to the workers and back).
PARALLEL_MIN = 512


def check(items: Sequence[Item]) -> list[bool]:
    """True for each signature that verifies under its key. Runs in a worker too."""
    keys: dict[bytes, Ed25519PublicKey | None] = {}
    out = []
    for public, signature, message in items:
        if public not in keys:
            try:
                keys[public] = Ed25519PublicKey.from_public_bytes(public)
            except ValueError:
                keys[public] = None
        key = keys[public]
        if key is None:
            out.append(False)
            continue
        try:
            key.verify(signature, message)
        except InvalidSignature:
            out.append(False)
        else:
            out.append(True)
    return out


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Verifier:
    """Checks batches of signatures; one per import, closed with it (a context manager).

    `start(items)` hands the batch out and returns at once; the function it returns
    gives the answers in order, waiting for the workers if they are not done yet."""

    def __init__(self, *, workers: int | None = None, parallel_min: int | None = None
                 ) -> None:
        self.workers = _cores() if workers is None else workers
        self.parallel_min = PARALLEL_MIN if parallel_min is None else parallel_min
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        # The standalone build's one binary would run itself again as a worker (it would
        # need `multiprocessing.freeze_support` and a build check of it): in process there.
        self._broken = self.workers < 2 or bool(getattr(sys, "frozen", False))

    def start(self, items: Sequence[T],
              fn: Callable[[Sequence[T]], list[R]] = check,  # type: ignore[assignment]
              ) -> Callable[[], list[R]]:
        """`fn` answers for a list of items, one answer each, and is a module-level
        function (a worker imports it by name): `check` for signatures alone; the
        importer's also checks the bodies and derives their index rows."""
        items = list(items)
        pool = self._get_pool() if len(items) >= self.parallel_min else None
        if pool is None:
            return lambda: fn(items)
        size = -(-len(items) // self.workers)
        try:
            futures = [pool.submit(fn, items[i:i + size])
                       for i in range(0, len(items), size)]
        except (OSError, RuntimeError, concurrent.futures.BrokenExecutor):
            self._give_up()
            return lambda: fn(items)

        def result() -> list[R]:
            try:
                return [answer for future in futures for answer in future.result()]
            except (OSError, concurrent.futures.BrokenExecutor):
                self._give_up()  # a worker died: answer here, the answer is the same
                return fn(items)

        return result

    def _get_pool(self) -> concurrent.futures.ProcessPoolExecutor | None:
        if self._broken:
            return None
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn")
            try:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=context)
            except (OSError, ValueError):
                self._broken = True
                return None
        return self._pool

    def _give_up(self) -> None:
        self._broken = True
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Verifier:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
