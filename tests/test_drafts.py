"""Drafts and per-vault settings: kept inside the encrypted database, survive a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import drafts, settings
from storage.errors import InvalidInput
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_draft_roundtrip_survives_reopen(vault: Vault, vault_path: Path) -> None:
    did = drafts.new_id()
    drafts.save(vault.db, did, "interview", None,
                {"account": "Он сказал: «били»", "date": "2022-0"})
    drafts.save(vault.db, did, "interview", None, {"account": "Он сказал: «били дубинкой»"})
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        found = drafts.all_drafts(again.db)
        assert [d.draft_id for d in found] == [did]
        assert found[0].body == {"account": "Он сказал: «били дубинкой»"}
        assert drafts.load(again.db, did).kind == "interview"
        drafts.delete(again.db, did)
        assert drafts.load(again.db, did) is None
        assert drafts.all_drafts(again.db) == []


def test_draft_text_not_in_plain_files(vault: Vault, vault_path: Path) -> None:
    canary = "DRAFTCANARY9c1f"
    drafts.save(vault.db, drafts.new_id(), "case", None, {"title": canary})
    vault.db.checkpoint()
    for file in vault_path.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert canary.encode() not in data
            assert canary.encode("utf-16-le") not in data


def test_draft_rejects_bad_id(vault: Vault) -> None:
    with pytest.raises(InvalidInput):
        drafts.save(vault.db, "../x", "case", None, {})


def test_settings_defaults_and_limits(vault: Vault) -> None:
    assert settings.get(vault.db, "idle_lock_minutes") == 5
    settings.put(vault.db, "idle_lock_minutes", 12)
    assert settings.get(vault.db, "idle_lock_minutes") == 12
    with pytest.raises(InvalidInput):
        settings.put(vault.db, "idle_lock_minutes", 0)
    with pytest.raises(InvalidInput):
        settings.put(vault.db, "nope", 1)
    vault.db.execute("UPDATE settings SET value = 'x' WHERE key = 'idle_lock_minutes'")
    assert settings.get(vault.db, "idle_lock_minutes") == 5
