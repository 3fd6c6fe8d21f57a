"""A vault: one folder holding everything one device keeps.

    VAULT/keys.json    the data key, wrapped by the passphrase and by the recovery code
    VAULT/vault.db     SQLCipher 4 database (records, identity, audit, derivatives)
    VAULT/blobs/       evidence originals, each an age file (see storage.blobs)
    VAULT/backups/     encrypted copies of the database taken before each migration
    VAULT/.lock        advisory lock: one process at a time

No file in the folder holds case data in plaintext. See docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from storage import audit, filelock, keys, migrate
from storage import identity as identity_mod
from storage.atomic import cleanup_partials, fsync_dir, write_atomic
from storage.blobs import BlobStore
from storage.db import Database
from storage.errors import EnvironmentFault, IntegrityFailure, InvalidInput, NotFound
from storage.ids import now_iso, uuid7

KEYS_FILE = "keys.json"
DB_FILE = "vault.db"
KEYS_FORMAT = "qorgau-vault-keys"
TEST_KDF_ENV = "QORGAU_INSECURE_TEST_KDF"


def default_kdf() -> keys.KdfParams:
    # The test suite sets this to avoid spending half a second per vault; a vault made
    # with test parameters is flagged by `qorgau check`.
    if os.environ.get(TEST_KDF_ENV) == "1":
        return keys.KdfParams(**keys.TEST_KDF)
    return keys.calibrate()


def _read_keys(path: Path) -> dict[str, Any]:
    file = path / KEYS_FILE
    if not (path / DB_FILE).exists() or not file.exists():
        raise NotFound(f"there is no Qorgau vault at {path}")
    try:
        data = json.loads(file.read_bytes())
        if data.get("format") != KEYS_FORMAT or data.get("version") != 1:
            raise ValueError("unknown key file format")
        for slot in ("passphrase", "recovery"):
            if not isinstance(data.get(slot), dict):
                raise ValueError(f"missing {slot} slot")
        if not isinstance(data.get("vault_id"), str):
            raise ValueError("missing vault id")
    except (ValueError, UnicodeDecodeError) as exc:
        raise IntegrityFailure(f"the vault's key file is damaged: {exc}") from None
    return data


def _write_keys(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path / KEYS_FILE, json.dumps(data, indent=2, sort_keys=True).encode())


def _lock(path: Path) -> int:
    fd = filelock.acquire(path / ".lock")
    if fd is None:
        raise EnvironmentFault(
            f"the vault at {path} is open in another Qorgau window or command")
    return fd


class Vault:
    """An open, unlocked vault. Use as a context manager or call close()."""

    def __init__(self, path: Path, db: Database, data_key: bytes, lock_fd: int,
                 vault_id: str) -> None:
        self.path = path
        self.db = db
        self.vault_id = vault_id
        self._data_key = data_key
        self._lock_fd: int | None = lock_fd
        self.identity = identity_mod.load(db)
        self.blobs = BlobStore(path / "blobs", self.identity)

    # -- opening ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        name: str | None = None,
        role: str = "field",
        kdf: keys.KdfParams | None = None,
        schema: int | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it open, with the recovery code to show once.
        `schema` (tests only) stops at an older schema, to make upgrade fixtures.

        Built in a hidden sibling folder and renamed into place when complete, so an
        interrupted creation leaves no half-made vault.
        """
        path = Path(path).absolute()
        keys.check_new_passphrase(passphrase)
        if role not in identity_mod.ROLES:
            raise InvalidInput(f"role must be one of {', '.join(identity_mod.ROLES)}")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise InvalidInput(f"{path} already exists and is not an empty folder")
        if not path.parent.is_dir():
            raise NotFound(f"the folder {path.parent} does not exist")
        params = kdf or default_kdf()
        data_key = os.urandom(keys.KEY_BYTES)
        code = keys.new_recovery_code()
        vault_id = uuid7()
        staging = path.parent / f".{path.name}.creating-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        old_umask = os.umask(0o077)
        try:
            staging.mkdir(mode=0o700)
            db = Database(staging / DB_FILE, data_key)
            try:
                migrate.upgrade(db, staging / "backups", target=schema)
                with db.transaction():
                    db.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [("vault_id", vault_id), ("role", role), ("created_at", now_iso())],
                    )
                    identity_mod.create(db, name or _default_name(role), role)
            finally:
                db.close()
            _write_keys(staging, {
                "format": KEYS_FORMAT,
                "version": 1,
                "vault_id": vault_id,
                "passphrase": keys.passphrase_slot(data_key, passphrase, vault_id, params),
                "recovery": keys.recovery_slot(data_key, code, vault_id),
            })
            if path.exists():
                path.rmdir()
            os.replace(staging, path)
            fsync_dir(path.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise EnvironmentFault(f"could not create the vault at {path}: {exc}") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            os.umask(old_umask)
        vault = cls._open_with_key(path, data_key, vault_id, schema=schema)
        vault.audit("vault_created", {"role": role, "device_id": vault.identity.device_id})
        return vault, code

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        path = Path(path).absolute()
        meta = _read_keys(path)
        data_key = keys.unwrap_with_passphrase(meta["passphrase"], passphrase, meta["vault_id"])
        return cls._open_with_key(path, data_key, meta["vault_id"])

    @classmethod
    def recover(cls, path: Path, code: str, new_passphrase: str) -> Vault:
        """Recovery code → new passphrase. The recovery code stays valid."""
        path = Path(path).absolute()
        keys.check_new_passphrase(new_passphrase)
        meta = _read_keys(path)
        data_key = keys.unwrap_with_recovery(meta["recovery"], code, meta["vault_id"])
        vault = cls._open_with_key(path, data_key, meta["vault_id"])
        try:
            vault._set_passphrase(new_passphrase, meta)
            vault.audit("passphrase_recovered", {})
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_with_key(cls, path: Path, data_key: bytes, vault_id: str,
                       schema: int | None = None) -> Vault:
        lock_fd = _lock(path)
        db: Database | None = None
        try:
            db = Database(path / DB_FILE, data_key)
            migrate.upgrade(db, path / "backups", target=schema)
            row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
            if row is None or row[0] != vault_id:
                raise IntegrityFailure("the key file and the database belong to different vaults")
            cleanup_partials(path)
            vault = cls(path, db, data_key, lock_fd, vault_id)
            vault.blobs.cleanup_partials()
            vault.remove_stale_outputs()
            return vault
        except BaseException:
            if db is not None:
                db.close()
            os.close(lock_fd)
            raise

    # -- keys ------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: keys.KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; the database is untouched."""
        keys.check_new_passphrase(new_passphrase)
        self._set_passphrase(new_passphrase, _read_keys(self.path), kdf)
        self.audit("passphrase_changed", {})

    def _set_passphrase(self, new_passphrase: str, meta: dict[str, Any],
                        kdf: keys.KdfParams | None = None) -> None:
        params = kdf or default_kdf()
        meta["passphrase"] = keys.passphrase_slot(
            self._data_key, new_passphrase, self.vault_id, params)
        _write_keys(self.path, meta)

    def kdf_params(self) -> keys.KdfParams:
        return keys.slot_params(_read_keys(self.path)["passphrase"])

    # -- files written outside the vault -----------------------------------------

    _OUTPUTS = "outputs_in_progress"  # settings key: temp files being written elsewhere

    def _outputs(self) -> list[str]:
        row = self.db.one("SELECT value FROM settings WHERE key = ?", (self._OUTPUTS,))
        return list(json.loads(row[0])) if row else []

    def _set_outputs(self, paths: list[str]) -> None:
        with self.db.transaction():
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                            (self._OUTPUTS, json.dumps(sorted(set(paths)))))

    def start_output(self, tmp: Path) -> None:
        """Remember a temp file about to be written outside the vault (a bundle on a USB
        stick), so that if this process is killed the next opening removes it."""
        self._set_outputs([*self._outputs(), str(Path(tmp).absolute())])

    def end_output(self, tmp: Path) -> None:
        self._set_outputs([p for p in self._outputs() if p != str(Path(tmp).absolute())])

    def remove_stale_outputs(self) -> int:
        """Delete temp files an interrupted write left outside the vault. Only names of
        our own temp files (".NAME.PID.partial") are ever touched."""
        if self.db.user_version() < 2:  # an old-schema fixture being made: no settings yet
            return 0
        stale = self._outputs()
        if not stale:
            return 0
        removed = 0
        for name in stale:
            p = Path(name)
            if p.name.startswith(".") and p.name.endswith(".partial"):
                with contextlib.suppress(OSError):
                    p.unlink()
                    removed += 1
        self._set_outputs([])
        return removed

    def database_key_for_handover(self) -> bytes:
        """The raw SQLCipher key, for the deliberate, audited key hand-over only
        (app.usecases.handover): whoever holds it reads every record of this vault."""
        return bytes(self._data_key)

    # -- misc ------------------------------------------------------------------

    @property
    def role(self) -> str:
        return self.identity.role

    def audit(self, action: str, detail: dict[str, Any]) -> None:
        audit.append(self.db, action, detail)

    def close(self) -> None:
        self.db.close()
        self._data_key = b""
        if self._lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _default_name(role: str) -> str:
    return "Coordinator archive" if role == "archive" else "Field device"
