"""Key hierarchy: passphrase and recovery slots, wrong secrets, rewrapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import keys
from storage.errors import InvalidInput, NotFound, WrongSecret
from storage.vault import Vault
from tests.conftest import PASSPHRASE


def test_wrong_passphrase_is_refused_and_changes_nothing(vault_path: Path) -> None:
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.close()
    before = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    with pytest.raises(WrongSecret, match="wrong passphrase"):
        Vault.open(vault_path, "not the passphrase")
    after = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    assert before == after


def test_recovery_code_sets_a_new_passphrase(vault_path: Path) -> None:
    v, code = Vault.create(vault_path, PASSPHRASE)
    device = v.identity.device_id
    v.close()
    # Typed sloppily: lower case, spaces instead of dashes, O for zero.
    sloppy = code.lower().replace("-", " ").replace("0", "o")
    with Vault.recover(vault_path, sloppy, "a brand new passphrase") as v2:
        assert v2.identity.device_id == device
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, "a brand new passphrase").close()


def test_wrong_recovery_code(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with pytest.raises(WrongSecret):
        Vault.recover(vault_path, keys.new_recovery_code(), "whatever passphrase")
    with pytest.raises(WrongSecret, match="groups"):
        Vault.recover(vault_path, "too-short", "whatever passphrase")


def test_change_passphrase_rotates_the_database_key(vault_path: Path) -> None:
    v, _ = Vault.create(vault_path, PASSPHRASE)
    v.close()
    slot_before = json.loads((vault_path / "keys.json").read_text())["passphrase"]
    with Vault.open(vault_path, PASSPHRASE) as v:
        v.db.checkpoint()
        db_mid = (vault_path / "vault.db").read_bytes()
        assert v.change_passphrase("the second passphrase") is None  # the code stays
    slot_after = json.loads((vault_path / "keys.json").read_text())["passphrase"]
    assert slot_after["wrapped_key"] != slot_before["wrapped_key"]
    assert slot_after["salt"] != slot_before["salt"]
    # A new data key: every page is re-encrypted (tests/test_seized_vault.py: the attack).
    assert db_mid[16:4096] != (vault_path / "vault.db").read_bytes()[16:4096]
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, PASSPHRASE)
    Vault.open(vault_path, "the second passphrase").close()


def test_short_passphrase_refused(vault_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at least"):
        Vault.create(vault_path, "short")
    assert not vault_path.exists()


def test_unicode_passphrase_normalised(vault_path: Path) -> None:
    composed = "қорғау сөз ä"  # NFC
    decomposed = "қорғау сөз a\u0308"  # the same, typed on another keyboard
    Vault.create(vault_path, composed)[0].close()
    Vault.open(vault_path, decomposed).close()


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_vault_refuses_existing_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "x").write_text("keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        Vault.create(tmp_path / "v", PASSPHRASE)
    assert (tmp_path / "v" / "x").read_text() == "keep me"


def test_second_process_is_kept_out(vault_path: Path) -> None:
    from storage.errors import EnvironmentFault

    with Vault.create(vault_path, PASSPHRASE)[0], pytest.raises(EnvironmentFault, match="open in"):
        Vault.open(vault_path, PASSPHRASE)


def test_calibration_reaches_target() -> None:
    import time

    from tests import fastkdf

    params = fastkdf.REAL_CALIBRATE(target_seconds=0.25)
    assert params.memory_kib >= fastkdf.REAL_FLOOR_KIB
    start = time.perf_counter()
    keys.derive_passphrase_key("x", b"0" * 16, params)
    assert time.perf_counter() - start >= 0.1


def test_key_file_tampering_detected(vault_path: Path) -> None:
    from storage.errors import IntegrityFailure

    Vault.create(vault_path, PASSPHRASE)[0].close()
    data = json.loads((vault_path / "keys.json").read_text())
    data["vault_id"] = "0" * 8 + data["vault_id"][8:]
    (vault_path / "keys.json").write_text(json.dumps(data))
    # The vault id is bound into the wrapping (AAD): a swapped id fails to unwrap.
    with pytest.raises((WrongSecret, IntegrityFailure)):
        Vault.open(vault_path, PASSPHRASE)


def test_open_vault_keeps_no_shared_memory_file(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE)[0].close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        v.db.execute("CREATE TABLE IF NOT EXISTS settings_probe (x)")  # a write: WAL in use
        names = {p.name for p in vault_path.iterdir()}
        assert "vault.db-wal" in names and "vault.db-shm" not in names
    assert "vault.db-wal" not in {p.name for p in vault_path.iterdir()}
