"""Test-strength key derivation, for the test suite, benchmarks and screenshot scripts
only: `install()` patches storage.keys in this process (Argon2id with 8 MiB, and the
floor `qorgau check` enforces lowered to match). Nothing in the product reads a switch
for it: no environment variable, no file. A subprocess gets it by running
`python -m tests.fastcli ...` (this folder is not part of the installed program)
instead of the real entry point `python -m ui.launcher`."""

from __future__ import annotations

from typing import Any

from storage import keys

TEST_KDF = keys.KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)
REAL_CALIBRATE = keys.calibrate
REAL_FLOOR_KIB = keys.KDF_MIN_MEMORY_KIB


def _test_calibrate(*_args: Any, **_kw: Any) -> keys.KdfParams:
    return TEST_KDF


def install() -> None:
    keys.calibrate = _test_calibrate
    keys.KDF_MIN_MEMORY_KIB = TEST_KDF.memory_kib


def uninstall() -> None:
    keys.calibrate = REAL_CALIBRATE
    keys.KDF_MIN_MEMORY_KIB = REAL_FLOOR_KIB
