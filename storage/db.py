"""The SQLCipher connection: keyed with the raw data key, hardened pragmas.

Each pragma is justified in docs/vault-format.md. SQLite errors are sorted into
environment faults (disk full, locked, I/O) and integrity failures (not a database,
corrupt) so the command line can exit with a distinct code and the GUI can say
something a person can act on.
"""

from __future__ import annotations

import contextlib
import json
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import sqlcipher3

from storage.errors import EnvironmentFault, IntegrityFailure

# Any fault SQLite reports that `faults()` does not sort (for callers that must survive a
# damaged page, such as `qorgau check`).
SQLError = sqlcipher3.Error

# SQLite's page cache, filled only as pages are read: the hot part of a million-version
# archive (the statistics' narrow index, links, people: the figures read again 7.6 ->
# 6.1 s at 64 -> 256 MiB), and a whole field laptop's vault. Decrypted pages live only in
# this process's memory, wiped when freed (cipher_memory_security).
CACHE_KIB = 256 * 1024

# Prepared statements kept for reuse. Small on purpose: SQLite serves a connection's
# small allocations from a pool of 123 slots (its lookaside), and a kept statement holds
# some of them for as long as it is kept. With the usual 128 kept, the pool stayed full,
# so nearly every small allocation went to SQLCipher's memory-security allocator instead:
# an mlock and an munlock system call, and a wipe, each. Kept to 4, the pool takes them
# (for 2,000 bulk-added records: 166,000 served from it and 5,800 not, against 8,000 and
# 151,000 with 128), and bulk add, search and a page of the list all got faster; preparing
# a statement again costs less than the calls it saves. Freed slots are wiped with the
# whole pool when the connection closes (the vault locks).
STATEMENTS_KEPT = 4

# Many values in one condition: `WHERE x IN {IN_LIST}`, bound to `as_list(values)`. One
# parameter, not one "?" per value: a kept statement keeps its bound values until it runs
# again, and a few hundred ids held the small-allocation pool full (an import missed it
# 47 times per version). Also no limit on how many values one statement takes.
IN_LIST = "(SELECT value FROM json_each(?))"


def as_list(values: Iterable[Any]) -> str:
    """The one parameter of an IN_LIST."""
    return json.dumps(list(values), ensure_ascii=False)

_ENV_MARKERS = ("disk is full", "disk i/o", "locked", "readonly", "unable to open", "busy")
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "hmac check failed")


def classify(exc: sqlcipher3.Error) -> Exception:
    text = str(exc).lower()
    if any(m in text for m in _ENV_MARKERS):
        if "disk is full" in text:
            return EnvironmentFault("the disk is full: free some space and try again")
        if "locked" in text or "busy" in text:
            return EnvironmentFault("the vault is in use by another Qorgau window or command")
        return EnvironmentFault(f"the vault could not be read or written: {exc}")
    if any(m in text for m in _CORRUPT_MARKERS):
        return IntegrityFailure(
            "the vault database is damaged or was altered (SQLCipher could not authenticate it)"
        )
    return exc


@contextlib.contextmanager
def faults() -> Iterator[None]:
    """Translate SQLite faults raised inside the block."""
    try:
        yield
    except (sqlcipher3.OperationalError, sqlcipher3.DatabaseError) as exc:
        mapped = classify(exc)
        if mapped is exc:
            raise
        raise mapped from exc


class Database:
    """One connection, used from one thread at a time (the GUI funnels all database
    work through a single worker). `locking_mode=EXCLUSIVE` keeps other processes out
    and, with WAL, keeps the wal-index in memory instead of a `-shm` file."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        with faults():
            self._configure_process()
            conn = sqlcipher3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                      cached_statements=STATEMENTS_KEPT)
            try:
                self._configure(conn, data_key)
            except BaseException:
                conn.close()
                raise
        self.conn = conn
        self._depth = 0

    @staticmethod
    def _configure_process() -> None:
        """Memory security on for the whole process (it is the process's setting, and stays
        on once on) before the connection opens: the connection's small-allocation pool is
        allocated as it opens, and is locked out of swap only if memory security is on by
        then. A throwaway in-memory connection sets it."""
        probe = sqlcipher3.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE")
            probe.execute("PRAGMA cipher_memory_security = ON")
        finally:
            probe.close()

    @staticmethod
    def _configure(conn: Any, data_key: bytes) -> None:
        # Before the key: SQLCipher's own logging off. (Memory security, which wipes the key
        # material when freed, is on already: _configure_process.)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # Before the first read, or an existing WAL is opened in shared mode with a -shm file.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # First read proves the key (raw keys skip SQLCipher's own KDF).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise IntegrityFailure(f"could not enable the write-ahead log (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 2000")

    def execute(self, sql: str, params: Any = ()) -> Any:
        with faults():
            return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        with faults():
            return self.conn.executemany(sql, rows)

    def iterate(self, sql: str, params: Any = (), batch: int = 500) -> Iterator[Any]:
        """Rows in batches, with faults translated while fetching too."""
        with faults():
            cursor = self.conn.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield from rows

    def one(self, sql: str, params: Any = ()) -> Any:
        with faults():
            return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[Any]:
        with faults():
            return self.conn.execute(sql, params).fetchall()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction; nested uses join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._depth = 0
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")
                raise

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def state(self) -> tuple[int, int]:
        """Changes whenever what this connection reads could have: the rows it changed
        itself, and SQLite's data_version (bumped by a commit from any other connection).
        Answers worked out from the whole vault are kept against it (`KeptPerState`)."""
        return self.conn.total_changes, int(self.one("PRAGMA data_version")[0])

    def user_version(self) -> int:
        return int(self.one("PRAGMA user_version")[0])

    def integrity_check(self) -> list[str]:
        rows = self.all("PRAGMA integrity_check")
        problems = [r[0] for r in rows if r[0] != "ok"]
        problems += [r[0] for r in self.all("PRAGMA cipher_integrity_check")]
        return problems

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under `new_key` (one transaction: all or nothing). The
        log is emptied before and after, so no frame under the old key survives."""
        with self._lock:
            self.checkpoint()
            with faults():
                self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self.checkpoint()

    def checkpoint(self) -> None:
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        self.conn = None


T = TypeVar("T")


class KeptPerState(Generic[T]):
    """An answer worked out from the whole vault, kept for each open database until its
    state (`Database.state`) changes, and worked out again then. Never kept inside a
    transaction (what it read may yet be rolled back). Held weakly: it goes with the
    database, as what it holds may be decrypted records. One answer is worked out at a
    time (the desk's worker and its GUI thread may both ask)."""

    def __init__(self) -> None:
        self._held: weakref.WeakKeyDictionary[Database, tuple[tuple[int, int], T]] = \
            weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def get(self, db: Database, work_out: Callable[[], T]) -> T:
        if db.in_transaction:
            return work_out()
        with self._lock:
            state = db.state()
            held = self._held.get(db)
            if held is not None and held[0] == state:
                return held[1]
            value = work_out()
            self._held[db] = (state, value)
            return value

    def clear(self) -> None:
        """Forget every answer (as after opening: the next one is worked out)."""
        self._held.clear()

    def __contains__(self, db: object) -> bool:
        return db in self._held
