"""Issue 15, the laptop's side, written as the attacks: whoever forces the user to
unlock reads every page of the database, its write-ahead log and the migration backups
with the data key; whoever kept an old copy of the key file knows an old passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.records import Records
from storage.errors import IntegrityFailure, WrongSecret
from storage.vault import Vault
from tests import pagescan
from tests.conftest import PASSPHRASE

NAME = "Zhumabekova"  # invented; a word that appears nowhere else in a vault
NARRATIVE = "Quillfeather interrogated at night"


def _case(records: Records) -> str:
    return records.create("case", {"title": f"Complaint of {NAME}", "city": "taraz",
                                   "summary": f"{NARRATIVE}, beaten with a bottle."}).record_id


# --- 5. purge and edits leave no words -----------------------------------------------------------


def test_purge_leaves_no_page_with_the_words(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE, schema=3)  # an older vault: it will migrate
    records = Records(vault)
    keep = records.create("case", {"title": "Another case", "summary": "stays here"})
    rid = _case(records)
    for i in range(3):  # edits: each rewrites the search index row
        records.update(rid, {"title": f"Complaint of {NAME} ({i})", "city": "taraz",
                             "summary": f"{NARRATIVE}, statement {i}."})
    vault.close()
    vault = Vault.open(path, PASSPHRASE)  # migrates (a backup was taken first)
    key = vault._data_key
    try:
        records = Records(vault)
        records.create_many([("case", {"title": f"filler {i}", "summary": "x " * 50})
                             for i in range(30)])
        assert pagescan.holds(path, key, NAME)  # the scan does find words that are there
        records.purge([rid], reason="acknowledged by the coordinator")
        for word in (NAME, "Quillfeather"):
            assert not pagescan.holds(path, key, word), f"{word!r} is still on a page"
        assert Records(vault).get(keep.record_id).title == "Another case"
    finally:
        vault.close()
    for word in (NAME, "Quillfeather"):
        assert not pagescan.holds(path, key, word)


def test_edit_leaves_no_old_words_in_the_search_index(vault: Vault) -> None:
    records = Records(vault)
    rid = _case(records)
    records.update(rid, {"title": "Complaint", "city": "taraz", "summary": "Beaten."})
    blocks = b"".join(bytes(r[0]) for r in vault.db.all("SELECT block FROM search_data"))
    content = repr(vault.db.all("SELECT * FROM search_content")).encode()
    for word in (NAME.lower(), "quillfeather"):
        assert word.encode() not in blocks, f"{word!r} is still in the index segments"
        assert word.encode() not in content


# --- 6. a passphrase change rotates the key; a new recovery code -------------------------------


def test_old_key_file_and_old_passphrase_open_nothing_current(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, code = Vault.create(path, PASSPHRASE)
    old_keys = (path / "keys.json").read_bytes()  # copied at the checkpoint
    old_key = vault._data_key
    vault.change_passphrase("four new unrelated words")
    Records(vault).create("case", {"title": f"After the seizure: {NAME}"})
    assert vault._data_key != old_key
    vault.close()
    # The adversary puts the old key file back and types the coerced old passphrase.
    current = (path / "keys.json").read_bytes()
    (path / "keys.json").write_bytes(old_keys)
    with pytest.raises((IntegrityFailure, WrongSecret)):
        Vault.open(path, PASSPHRASE)
    # Or decrypts the pages with the old data key itself: nothing readable.
    assert not pagescan.holds(path, old_key, NAME)
    (path / "keys.json").write_bytes(current)
    with Vault.open(path, "four new unrelated words") as v:
        assert v.vault_id
    # The recovery code was not replaced: it still opens (and rotates again).
    Vault.recover(path, code, "a brand new passphrase").close()


def test_new_recovery_code_retires_the_seized_one(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, seized_code = Vault.create(path, PASSPHRASE)
    old_keys = (path / "keys.json").read_bytes()
    with pytest.raises(WrongSecret):
        vault.new_recovery_code("not the passphrase")
    fresh = vault.new_recovery_code(PASSPHRASE)
    assert fresh != seized_code
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.recover(path, seized_code, "a brand new passphrase")
    # The old key file with the seized code opens only a database that is gone.
    current = (path / "keys.json").read_bytes()
    (path / "keys.json").write_bytes(old_keys)
    with pytest.raises((IntegrityFailure, WrongSecret)):
        Vault.recover(path, seized_code, "a brand new passphrase")
    (path / "keys.json").write_bytes(current)
    Vault.recover(path, fresh, "a brand new passphrase").close()
    Vault.open(path, "a brand new passphrase").close()


def test_rotation_interrupted_after_the_rekey_still_opens(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from storage import vault as vault_mod

    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE)
    real_replace = os.replace

    def die(src: object, dst: object) -> None:
        if str(src).endswith(vault_mod.PENDING_KEYS_FILE):
            raise KeyboardInterrupt  # killed between the rekey and the rename
        real_replace(src, dst)

    monkeypatch.setattr(vault_mod.os, "replace", die)
    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase("four new unrelated words")
    monkeypatch.setattr(vault_mod.os, "replace", real_replace)
    vault.close()
    with pytest.raises(WrongSecret, match="interrupted"):
        Vault.open(path, PASSPHRASE)
    Vault.open(path, "four new unrelated words").close()
    assert not (path / vault_mod.PENDING_KEYS_FILE).exists()
    Vault.open(path, "four new unrelated words").close()


def test_rotation_drops_backups_under_the_old_key(tmp_path: Path) -> None:
    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE)
    (path / "backups").mkdir()
    (path / "backups" / "vault-schema3-x.db").write_bytes((path / "vault.db").read_bytes())
    vault.change_passphrase("four new unrelated words")
    assert list((path / "backups").iterdir()) == []
    vault.close()
