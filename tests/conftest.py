"""Shared fixtures: real SQLCipher vaults in temp folders, the real CLI as a subprocess."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Vaults made by the suite use cheap key derivation, patched in this process only
# (tests.fastkdf; subprocesses run tests.fastcli); the real calibration has its own test.
from tests.fastkdf import install as _fast_kdf

_fast_kdf()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


_TEMPLATES: dict[tuple[str, str], Path] = {}


def new_vault(path: Path, name: str = "Test device", role: str = "field") -> Any:
    """A new, empty vault at `path`, unlocked: a copy of one made once per run for this
    name and role. Making a vault (migrations, key slots, the passphrase check, fsyncs)
    costs far more than copying one; the copies share their keys and device identity,
    which no test of a single vault can tell apart. Tests about creating a vault, and
    tests that need two devices, make their own."""
    from storage.vault import Vault

    key = (name, role)
    if key not in _TEMPLATES:
        root = Path(tempfile.mkdtemp(prefix="qorgau-template-"))
        atexit.register(shutil.rmtree, root, True)
        made, _code = Vault.create(root / "vault", PASSPHRASE, name=name, role=role)
        made.close()
        _TEMPLATES[key] = root / "vault"
    shutil.copytree(_TEMPLATES[key], path)
    return Vault.open(path, PASSPHRASE)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[object]:
    v = new_vault(vault_path)
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


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long subprocess checks of the selected modules on the second core
    (tests/background.py) before the first test runs."""
    modules = {item.module.__name__ for item in session.items
               if getattr(item, "module", None) is not None}
    for name in ("tests.ui.test_fit", "tests.test_fuzz"):
        if name in modules:
            __import__(name, fromlist=["start_background"]).start_background()


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests import background

    background.finish()
