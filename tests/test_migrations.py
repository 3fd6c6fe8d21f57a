"""Schema upgrades: a stored schema-1 vault opens under the current schema, with a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.check import check_vault
from app.records import Records
from app.search import search
from storage import migrate
from storage.errors import IntegrityFailure
from storage.vault import Vault

FIXTURE = Path(__file__).resolve().parent / "data" / "vault-schema1"
PASSPHRASE = "schema one fixture"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target


def test_stored_schema1_vault_upgrades_and_drops_its_backup(old_vault: Path) -> None:
    original = (old_vault / "vault.db").read_bytes()
    assert not original.startswith(b"SQLite format 3")  # encrypted from the first byte
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.db.user_version() == migrate.latest() > 1
        # Known good: the copy (which would keep whatever is purged later) is gone.
        assert list((old_vault / "backups").glob("*")) == []
        records = Records(vault)
        cases = [r for r in vault.db.all("SELECT record_id, title FROM records WHERE kind='case'")]
        assert [t for _, t in cases] == ["Дело первой схемы (исправлено)"]
        assert len(records.history(cases[0][0])) == 2
        assert search(vault.db, "кабинете")
        report = check_vault(vault)
        assert report["problems"] == [], report
        # The upgraded vault takes new writes, and the new tables exist.
        records.create("case", {"title": "после обновления"})
        vault.db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    # Opening again does not migrate or back up again.
    with Vault.open(old_vault, PASSPHRASE):
        assert list((old_vault / "backups").glob("*.db")) == []


def test_failed_migration_keeps_its_backup(old_vault: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    original = (old_vault / "vault.db").read_bytes()

    def broken(script: str) -> list[str]:
        raise RuntimeError("a migration that fails")

    monkeypatch.setattr(migrate, "_statements", broken)
    with pytest.raises(RuntimeError):
        Vault.open(old_vault, PASSPHRASE)
    backups = list((old_vault / "backups").glob("vault-schema1-*.db"))
    assert len(backups) == 1 and backups[0].read_bytes() == original


def test_vault_from_a_newer_qorgau_is_refused(old_vault: Path) -> None:
    with Vault.open(old_vault, PASSPHRASE) as vault:
        vault.db.execute(f"PRAGMA user_version = {migrate.latest() + 1}")
    with pytest.raises(IntegrityFailure, match="newer than this Qorgau"):
        Vault.open(old_vault, PASSPHRASE)


def test_migrations_are_numbered_without_gaps() -> None:
    numbers = [n for n, _ in migrate.available()]
    assert numbers == list(range(1, len(numbers) + 1))
