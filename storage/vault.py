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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from storage import audit, filelock, keys, migrate, signatures
from storage import identity as identity_mod
from storage.atomic import atomic_writer, cleanup_partials, fsync_dir, partial_path, write_atomic
from storage.blobs import BlobStore
from storage.db import Database, SQLError
from storage.errors import (
    EnvironmentFault,
    IntegrityFailure,
    InvalidInput,
    NotFound,
    WrongSecret,
)
from storage.ids import now_iso, uuid7

KEYS_FILE = "keys.json"
# The key file of a key rotation under way: written before the database is rekeyed and
# renamed over keys.json after, so an interruption never locks the user out.
PENDING_KEYS_FILE = "keys.json.pending"
DB_FILE = "vault.db"
KEYS_FORMAT = "qorgau-vault-keys"
def default_kdf() -> keys.KdfParams:
    # Calibrated on this machine, never below the floor; no switch weakens it (the test
    # suite patches storage.keys in its own process: tests/fastkdf.py).
    return keys.calibrate()


def _read_keys(path: Path) -> dict[str, Any]:
    file = path / KEYS_FILE
    if not (path / DB_FILE).exists() or not file.exists():
        raise NotFound(f"there is no Qorgau vault at {path}")
    try:
        data = json.loads(file.read_bytes())
        if data.get("format") != KEYS_FORMAT or data.get("version") not in (1, 2):
            raise ValueError("unknown key file format")
        for slot in ("passphrase", "recovery"):
            if not isinstance(data.get(slot), dict):
                raise ValueError(f"missing {slot} slot")
        if not isinstance(data.get("vault_id"), str):
            raise ValueError("missing vault id")
    except (ValueError, UnicodeDecodeError) as exc:
        raise IntegrityFailure(f"the vault's key file is damaged: {exc}") from None
    return data


def _write_keys(path: Path, data: dict[str, Any], name: str = KEYS_FILE) -> None:
    write_atomic(path / name, json.dumps(data, indent=2, sort_keys=True).encode())


def _read_pending(path: Path) -> dict[str, Any] | None:
    if not (path / PENDING_KEYS_FILE).exists():
        return None
    try:
        data = json.loads((path / PENDING_KEYS_FILE).read_bytes())
        if data.get("format") != KEYS_FORMAT or not isinstance(data.get("passphrase"), dict):
            raise ValueError
        return data
    except (ValueError, UnicodeDecodeError):
        return None  # a half-written file from before the rekey: never used


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
        self._workers: signatures.Verifier | None = None
        self.reload_identity()

    def reload_identity(self) -> None:
        """Read the device identity again (after its blob key changed)."""
        self.identity = identity_mod.load(self.db)
        self.blobs = BlobStore(self.path / "blobs", self.identity,
                               identity_mod.next_blob_identity(self.db))

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
                "version": 2,
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
        return cls._unlock(Path(path).absolute(), lambda meta: keys.unwrap_with_passphrase(
            meta["passphrase"], passphrase, meta["vault_id"]))

    @classmethod
    def recover(cls, path: Path, code: str, new_passphrase: str) -> Vault:
        """Recovery code → new passphrase, under a new data key. The code stays valid."""
        path = Path(path).absolute()
        keys.check_new_passphrase(new_passphrase)
        vault = cls._unlock(path, lambda meta: keys.unwrap_with_recovery(
            meta["recovery"], code, meta["vault_id"]))
        try:
            vault._rotate(new_passphrase, keep_code=code)
            vault.audit("passphrase_recovered", {"key_rotated": True})
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _unlock(cls, path: Path, unwrap: Callable[[dict[str, Any]], bytes]) -> Vault:
        """Open with whichever key file the secret fits; finish a rotation that was
        interrupted after the database was rekeyed, or forget one interrupted before."""
        meta = _read_keys(path)
        pending = _read_pending(path)
        if pending is not None and pending.get("vault_id") == meta["vault_id"]:
            try:
                key = unwrap(pending)
            except (WrongSecret, InvalidInput, KeyError):
                key = None
            if key is not None:
                try:
                    vault = cls._open_with_key(path, key, meta["vault_id"])
                except IntegrityFailure:
                    pass  # the database was never rekeyed: the rotation did not happen
                else:
                    os.replace(path / PENDING_KEYS_FILE, path / KEYS_FILE)
                    fsync_dir(path)
                    return vault
        data_key = unwrap(meta)
        try:
            vault = cls._open_with_key(path, data_key, meta["vault_id"])
        except IntegrityFailure:
            if pending is not None:
                raise WrongSecret(
                    "a change of passphrase was interrupted: unlock with the new passphrase "
                    "(or the recovery code)") from None
            raise
        with contextlib.suppress(FileNotFoundError):
            (path / PENDING_KEYS_FILE).unlink()
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
            if vault._purged() is not None:  # a purge killed after its commit
                vault.finish_purge()
            return vault
        except SQLError as exc:  # a fault SQLite did not name: an altered page
            if db is not None:
                db.close()
            os.close(lock_fd)
            raise IntegrityFailure(
                f"the vault database is damaged or was altered: {exc}") from None
        except BaseException:
            if db is not None:
                db.close()
            os.close(lock_fd)
            raise

    # -- keys ------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str,
                          kdf: keys.KdfParams | None = None) -> str | None:
        """A new passphrase, under a new data key: the database is re-encrypted, so an old
        copy of the key file with the old passphrase opens nothing current. The recovery
        code stays valid; returns a new one only for a key file of format 1, whose
        recovery slot cannot be resealed without the code."""
        keys.check_new_passphrase(new_passphrase)
        issued = self._rotate(new_passphrase, kdf=kdf)
        self.audit("passphrase_changed", {"key_rotated": True,
                                          "recovery_code_replaced": issued is not None})
        return issued

    def new_recovery_code(self, passphrase: str) -> str:
        """Replace the recovery code (a seized one opens nothing afterwards), under a new
        data key. The passphrase is asked again: it must be wrapped around the new key."""
        meta = _read_keys(self.path)
        if keys.unwrap_with_passphrase(meta["passphrase"], passphrase,
                                       self.vault_id) != self._data_key:
            raise IntegrityFailure("the key file does not match the open vault")
        issued = self._rotate(passphrase, new_code=True, kdf=keys.slot_params(meta["passphrase"]))
        assert issued is not None
        self.audit("recovery_code_replaced", {"key_rotated": True})
        return issued

    def _rotate(self, passphrase: str, *, new_code: bool = False, keep_code: str | None = None,
                kdf: keys.KdfParams | None = None) -> str | None:
        """Replace the data key: the pending key file first, then the database rekeyed,
        then the key file renamed into place (see _unlock for an interruption). The
        backups, encrypted under the old key, are deleted. Returns a new recovery code
        if one was issued."""
        meta = _read_keys(self.path)
        params = kdf or default_kdf()
        new_key = os.urandom(keys.KEY_BYTES)
        issued = None
        old_slot = meta["recovery"]
        if keep_code is not None:
            recovery = keys.recovery_slot(new_key, keep_code, self.vault_id)
        elif new_code or old_slot.get("kdf") != "x25519-hkdf-sha256":
            issued = keys.new_recovery_code()
            recovery = keys.recovery_slot(new_key, issued, self.vault_id)
        else:
            recovery = keys.reseal_recovery(old_slot, new_key, self.vault_id)
        new_meta = {"format": KEYS_FORMAT, "version": 2, "vault_id": self.vault_id,
                    "passphrase": keys.passphrase_slot(new_key, passphrase, self.vault_id,
                                                       params),
                    "recovery": recovery}
        _write_keys(self.path, new_meta, PENDING_KEYS_FILE)
        self.db.rekey(new_key)
        os.replace(self.path / PENDING_KEYS_FILE, self.path / KEYS_FILE)
        fsync_dir(self.path)
        self._data_key = new_key
        migrate.discard_backups(self.path / "backups")
        return issued

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

    @contextlib.contextmanager
    def outputs(self, paths: Iterable[Path]) -> Iterator[None]:
        """The hidden files and folders about to be written outside the vault, noted in it
        while they exist: if the process is killed (power cut, kill -9), the next opening
        removes them. Plaintext (an original, a report, a table, a key) must not outlive
        a write that never finished, hidden on a USB stick."""
        paths = list(paths)
        for path in paths:
            self.start_output(path)
        try:
            yield
        finally:
            for path in paths:
                self.end_output(path)

    @contextlib.contextmanager
    def write_out(self, target: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
        """storage.atomic.atomic_writer for a file written outside the vault, its temp
        name noted (`outputs`) while it exists."""
        with self.outputs([partial_path(Path(target))]), atomic_writer(target,
                                                                       mode=mode) as fh:
            yield fh

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
                    if p.is_dir() and not p.is_symlink():  # a folder being filled (tables)
                        shutil.rmtree(p)
                    else:
                        p.unlink()
                    removed += 1
        self._set_outputs([])
        return removed

    def database_key_for_handover(self) -> bytes:
        """The raw SQLCipher key, for the deliberate, audited key hand-over only
        (app.usecases.handover): whoever holds it reads every record of this vault."""
        return bytes(self._data_key)

    _PURGED = "purged_files_pending"  # settings key: evidence files of a committed purge

    def _purged(self) -> list[str] | None:
        """The note of a committed purge not yet finished (None: there is none)."""
        if self.db.user_version() < 2:  # an old-schema fixture being made: no settings yet
            return None
        row = self.db.one("SELECT value FROM settings WHERE key = ?", (self._PURGED,))
        return list(json.loads(row[0])) if row else None

    def note_purged_files(self, shas: list[str]) -> None:
        """Inside a purge's transaction: the evidence files to delete once it commits.
        Noted in the same transaction, so that a process killed between the commit and
        the deletion leaves a note the next opening acts on, never an evidence file that
        nothing knows of (readable by whoever forces an unlock)."""
        if not self.db.in_transaction:
            raise RuntimeError("note_purged_files runs inside the purge's transaction")
        # Noted even with no file: the old copies of pages are still to be scrubbed.
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                        (self._PURGED, json.dumps(sorted({*(self._purged() or []), *shas}))))

    def finish_purge(self) -> int:
        """After a purge committed (or at the opening after one was killed before it
        finished): delete the evidence files it noted (unless a record uses that original
        again), then every old copy of a page. Returns how many files were deleted."""
        pending = self._purged()
        removed = 0
        for sha in pending or []:
            if self.db.one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)) is None:
                self.blobs.remove(sha)
                removed += 1
        if pending is not None:
            with self.db.transaction():
                self.db.execute("DELETE FROM settings WHERE key = ?", (self._PURGED,))
        self.scrub()
        return removed

    def scrub(self) -> None:
        """After a purge: no old copy of a page may keep what was removed. The write-ahead
        log is checkpointed and truncated (its frames hold the pages as they were) and the
        pre-migration backups are overwritten and deleted."""
        self.db.checkpoint()
        migrate.discard_backups(self.path / "backups")

    # -- misc ------------------------------------------------------------------

    @property
    def role(self) -> str:
        return self.identity.role

    def audit(self, action: str, detail: dict[str, Any]) -> None:
        audit.append(self.db, action, detail)

    @property
    def workers(self) -> signatures.Verifier:
        """The worker processes of this unlocked vault's batch work (bulk add, import),
        started at first use and shut down by `close`: they hold record text only while
        the vault is open (storage/signatures.py)."""
        if self._workers is None:
            self._workers = signatures.Verifier()
        return self._workers

    def close(self) -> None:
        pool, self._workers = self._workers, None
        if pool is not None:
            pool.close()
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
