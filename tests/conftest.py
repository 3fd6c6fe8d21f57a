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

# Each test process (each pytest-xdist worker, and each run on this shared machine) gets
# its own configuration, cache and data folders, inherited by the subprocesses it starts:
# Qt's settings (the chosen language, file-dialog history) and anything else that follows
# the XDG folders never reach the developer's own, nor another worker's.
_HOME = Path(tempfile.mkdtemp(prefix="qorgau-test-xdg-"))
atexit.register(shutil.rmtree, _HOME, True)
for _name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

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


@pytest.fixture(scope="session")
def pair_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A field vault ("Lawyer laptop") and an archive, linked, made once per test process
    (tests/test_bundle_kit.pair_template); `pair` opens copies."""
    from tests.test_bundle_kit import pair_template

    return pair_template(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def pair(pair_dir: Path, tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """Fresh copies of the linked field vault and archive, open."""
    from tests.test_bundle_kit import open_copy

    field = open_copy(pair_dir, "field", tmp_path / "field")
    archive = open_copy(pair_dir, "archive", tmp_path / "archive")
    yield field, archive
    field.close()
    archive.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The long runs first (fuzz targets, window audits, the crash harness: each a
    subprocess busy for a minute or more). Under pytest-xdist (`make test`) the workers
    then start on them and the short tests fill in around them, instead of one worker
    finishing alone on a long test at the end. A stable sort: the order is otherwise
    kept, and every worker computes the same one, as xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
