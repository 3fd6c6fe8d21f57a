"""Checking many Ed25519 signatures, and other per-record work, on every core.

An import checks one signature per record version: ten thousand of them in a large
bundle; a bulk add validates, derives and frames as many bodies. `cryptography` holds
the GIL while it verifies (its Ed25519 `verify` never releases it), and the rest is pure
Python, so threads would take turns on one core; big batches go to worker processes
instead, while the calling process goes on with its SQL. Small batches, and machines
with one core, are done in process: handing them over costs more than it saves.

The workers are started from a clean interpreter (`forkserver` where the system has it,
otherwise `spawn`; always `spawn` in the standalone build, whose entry point calls
`multiprocessing.freeze_support`), never forked from the caller: the desktop has
threads, an open SQLCipher connection and keys in memory that a fork would copy. They
receive public keys, signatures and record bodies (which the calling process holds
anyway, through pipes, never a file) and return the answers; they never see a secret
key. One pool lives with the open vault (`Vault.workers`), so it is started once, not
per action, and is shut down when the vault closes (locking included): no worker
outlives the unlocked vault with record text in its memory.
If workers cannot be started at all, the same work runs in process: the answer is the
same either way, only slower. If a worker dies during an action (killed, out of memory),
the action fails with `WORKER_STOPPED` and its transaction rolls back: nothing is half
written; the next action starts fresh workers. As with any `multiprocessing` worker, the
program's main module is imported in the workers (not run): every entry point keeps its
work under `if __name__ == "__main__"`.
"""

from __future__ import annotations

import concurrent.futures
import functools
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from storage.errors import EnvironmentFault

# (raw 32-byte public key, 64-byte signature, signed message)
Item = tuple[bytes, bytes, bytes]
T = TypeVar("T")
R = TypeVar("R")

# Below this many signatures a batch is checked in process (about 50–100 ms of work on
# one core: less than handing it to the workers and back).
PARALLEL_MIN = 512
WORKER_STOPPED = ("a Qorgau worker process stopped before it finished (it was ended by the "
                  "system or ran out of memory): nothing was changed; try again")


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
    """A pool of worker processes for batches of per-record work (a context manager, or
    the vault's own: `Vault.workers`).

    `start(items, fn)` hands the batch out and returns at once; the function it returns
    gives the answers in order, waiting for the workers if they are not done yet."""

    def __init__(self, *, workers: int | None = None, parallel_min: int | None = None
                 ) -> None:
        self.workers = _cores() if workers is None else workers
        self.parallel_min = PARALLEL_MIN if parallel_min is None else parallel_min
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._broken = self.workers < 2

    def start(self, items: Sequence[T],
              fn: Callable[[Sequence[T]], list[R]] = check,  # type: ignore[assignment]
              ) -> Callable[[], list[R]]:
        """`fn` answers for a list of items, one answer each, and is a module-level
        function (a worker imports it by name): `check` for signatures alone; the
        importer's also checks the bodies and derives their index rows."""
        return self.start_chunks([items], fn)[0]

    def start_chunks(self, chunks: Sequence[Sequence[T]],
                     fn: Callable[[Sequence[T]], list[R]] = check,  # type: ignore[assignment]
                     ) -> list[Callable[[], list[R]]]:
        """`start` for several batches at once, answered one after the other: the caller
        stores the first while the workers go on with the next."""
        lists = [list(chunk) for chunk in chunks]
        total = sum(len(chunk) for chunk in lists)
        pool = self._get_pool() if total >= self.parallel_min else None
        if pool is None:
            return [functools.partial(fn, chunk) for chunk in lists]
        try:
            return self._submit(pool, lists, fn)
        except (OSError, RuntimeError, concurrent.futures.BrokenExecutor):
            # A worker died while the pool stood idle between two actions: start anew.
            self.close()
        pool = self._get_pool()
        if pool is None:
            return [functools.partial(fn, chunk) for chunk in lists]
        try:
            return self._submit(pool, lists, fn)
        except (OSError, RuntimeError, concurrent.futures.BrokenExecutor):
            self._give_up()  # workers cannot run here: the same work in process
            return [functools.partial(fn, chunk) for chunk in lists]

    def _submit(self, pool: concurrent.futures.ProcessPoolExecutor, lists: list[list[T]],
                fn: Callable[[Sequence[T]], list[R]]) -> list[Callable[[], list[R]]]:
        out = []
        for chunk in lists:
            size = max(1, -(-len(chunk) // self.workers))  # one task per worker
            futures = [pool.submit(fn, chunk[i:i + size]) for i in range(0, len(chunk), size)]
            out.append(functools.partial(self._answers, futures))
        return out

    def _answers(self, futures: list[concurrent.futures.Future[list[R]]]) -> list[R]:
        try:
            return [answer for future in futures for answer in future.result()]
        except concurrent.futures.BrokenExecutor:
            # A worker died (killed, out of memory): the action fails whole and rolls back;
            # the next one starts fresh workers.
            self.close()
            raise EnvironmentFault(WORKER_STOPPED) from None

    def _get_pool(self) -> concurrent.futures.ProcessPoolExecutor | None:
        if self._broken:
            return None
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            # The standalone build re-runs its own executable as a worker, which only
            # `spawn` does through `freeze_support` (packaging/qorgau_entry.py).
            frozen = bool(getattr(sys, "frozen", False))
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods and not frozen else "spawn")
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
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Verifier:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
