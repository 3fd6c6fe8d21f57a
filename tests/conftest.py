"""Shared fixtures: real SQLCipher vaults in temp folders, the real CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Vaults made by the suite use cheap key derivation, patched in this process only
# (tests.fastkdf; subprocesses run tests.fastcli); the real calibration has its own test.
from tests.fastkdf import install as _fast_kdf

_fast_kdf()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    from storage.vault import Vault

    v, _code = Vault.create(vault_path, PASSPHRASE, name="Test device")
    try:
        yield v
    finally:
        v.close()


@pytest.fixture
def records(vault: object) -> object:
    from app.records import Records

    return Records(vault)  # type: ignore[arg-type]


class CLI:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(tmp / "home"),
            "TMPDIR": str(tmp / "tmp"),
            "QORGAU_PASSPHRASE": PASSPHRASE,
            "PYTHONPATH": str(ROOT),
            "LANG": "C.UTF-8",
        }
        for d in ("home", "tmp"):
            (tmp / d).mkdir(exist_ok=True)

    def __call__(self, *args: str, env: dict[str, str] | None = None,
                 input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tests.fastcli", *args],
            env={**self.env, **(env or {})}, capture_output=True, text=True,
            input=input, timeout=120, check=False, cwd=self.tmp)


@pytest.fixture
def cli(tmp_path: Path) -> CLI:
    return CLI(tmp_path)
