"""SQLCipher's memory security is on before the vault's connection opens, and SQLite's
own small-allocation pool (its lookaside, 123 slots per connection, allocated as the
connection opens) is not held full: neither by kept prepared statements
(storage.db.STATEMENTS_KEPT) nor by the values bound to them (storage.db.IN_LIST).
Otherwise nearly every small allocation of a query or a write goes to SQLCipher's
locking, wiping allocator (an mlock and an munlock call each), which made bulk add,
import, search and the case list 1.3-2.7 times slower.

The pool's counters are read with `sqlite3_db_status`, which the SQLCipher module exports
but does not wrap: the connection's `sqlite3 *` is the first field after the Python object
header of the module's Connection (as in CPython's own sqlite3 module), and the test
checks it is the vault's database (its file name) before reading anything else."""

from __future__ import annotations

import ctypes
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from app.records import Records
from app.search import Filters, list_records, search
from bench.storage import Workload, Writer
from storage.db import Database
from tests.test_bundle_kit import export, import_

pytestmark = pytest.mark.skipif(
    platform.python_implementation() != "CPython" or sys.maxsize <= 2**32,
    reason="reads the connection handle from CPython's 64-bit object layout")

# sqlite3.h
LOOKASIDE_HIT, LOOKASIDE_MISS_FULL = 4, 6


class _Pool:
    """The lookaside counters of one open Database."""

    def __init__(self, db: Database) -> None:
        lib = ctypes.CDLL(sqlcipher3._sqlite3.__file__)  # type: ignore[attr-defined]
        lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.sqlite3_db_filename.restype = ctypes.c_char_p
        lib.sqlite3_db_status.argtypes = [ctypes.c_void_p, ctypes.c_int,
                                          ctypes.POINTER(ctypes.c_int),
                                          ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        self._lib = lib
        self._handle = ctypes.c_void_p.from_address(id(db.conn) + ctypes.sizeof(
            ctypes.c_void_p) * 2).value
        named = lib.sqlite3_db_filename(self._handle, b"main")
        assert named is not None and Path(named.decode()).resolve() == db.path.resolve()

    def take(self, op: int) -> int:
        """The counter's value since the last take (SQLite keeps it in the high-water
        slot and resets it)."""
        current, high = ctypes.c_int(), ctypes.c_int()
        assert self._lib.sqlite3_db_status(self._handle, op, ctypes.byref(current),
                                           ctypes.byref(high), 1) == 0
        return high.value

    def reset(self) -> None:
        self.take(LOOKASIDE_HIT)
        self.take(LOOKASIDE_MISS_FULL)


def test_memory_security_is_on_for_the_vault(vault: Any) -> None:
    assert str(vault.db.one("PRAGMA cipher_memory_security")[0]) == "1"


# In a fresh process (the setting is the process's, and this one turned it on long ago):
# what memory security reads when the vault's database file is opened.
_AT_OPEN = """
import os, sys
import sqlcipher3
real, seen = sqlcipher3.connect, []
def connect(target, *args, **kwargs):
    if target != ":memory:":
        probe = real(":memory:")
        seen.append(str(probe.execute("PRAGMA cipher_memory_security").fetchone()[0]))
        probe.close()
    return real(target, *args, **kwargs)
sqlcipher3.connect = connect
from storage.db import Database
Database(sys.argv[1], os.urandom(32)).close()
print(seen)
"""


def test_memory_security_is_on_before_the_vault_s_connection_opens(tmp_path: Path) -> None:
    # The connection's small-allocation pool is allocated as it opens: locked out of swap
    # only if memory security is on by then (turned on after, it was left unlocked).
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", _AT_OPEN, str(tmp_path / "vault.db")],
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['1']", done.stdout


def test_a_bulk_add_s_small_allocations_stay_in_the_connection_s_pool(vault: Any) -> None:
    pool = _Pool(vault.db)
    writer = Writer("vault", Records(vault))
    for n, batch in enumerate(Workload(600, 5).batches(200)):
        if n == 1:  # the first batch warms up: statements prepared, pages cached
            pool.reset()
        writer.write(batch)
    hits, full = pool.take(LOOKASIDE_HIT), pool.take(LOOKASIDE_MISS_FULL)
    # 400 records: about 52,000 served by the pool and 1,000 not with 4 statements kept;
    # none and 46,000 with the 128 kept before.
    assert full < hits / 10, (hits, full)
    assert full < 10 * 400, (hits, full)


def test_an_import_s_small_allocations_stay_in_the_pool(pair: tuple[Any, Any],
                                                        tmp_path: Path) -> None:
    field, archive = pair
    writer = Writer("field", Records(field))
    for batch in Workload(1500, 8).batches(500):
        writer.write(batch)
    bundle = export(field, tmp_path / "field.qgb")
    pool = _Pool(archive.db)
    pool.reset()
    assert import_(archive, bundle).status == "merged"
    hits, full = pool.take(LOOKASIDE_HIT), pool.take(LOOKASIDE_MISS_FULL)
    # 1,500 versions: about 117,000 served by the pool and none missed it; with ids bound
    # one "?" each (a few hundred per statement, kept with it) 35,000 and 109,000.
    assert full < hits / 10, (hits, full)


def test_reading_pages_and_searching_stay_in_the_pool(vault: Any) -> None:
    records = Records(vault)
    writer = Writer("vault", records)
    for batch in Workload(300, 6).batches(150):
        writer.write(batch)
    pool = _Pool(vault.db)
    for _ in range(3):  # more distinct statements than are kept, again and again
        for kind in ("case", "person", "incident", "complaint"):
            assert list_records(vault.db, Filters(kind=kind), limit=50)
        for word in ("ИВС", "пакет", "Zhumabayev"):
            search(vault.db, word)
        for record_id in list(writer.ids.values())[:20]:
            records.get(record_id)
            records.history(record_id)
    hits, full = pool.take(LOOKASIDE_HIT), pool.take(LOOKASIDE_MISS_FULL)
    # About 46,000 and 800 with 4 kept; 400 and 32,000 with 128.
    assert full < hits / 10, (hits, full)

