"""Issue 15, the laptop's side, written as the attacks: whoever forces the user to
unlock reads every page of the database, its write-ahead log and the migration backups
with the data key; whoever kept an old copy of the key file knows an old passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.records import Records
from app.usecases.session import Session
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


def _ingest(vault: Vault, path: Path, size: int = 300_000) -> str:
    import os

    from app.evidence import ingest

    path.write_bytes(os.urandom(size))
    return ingest(Records(vault), path).sha256


def _opens_with_old_copy(snapshot: Path, live: Vault, sha: str) -> bool:
    """The adversary's copy of the vault (old key file, old database) and the coerced
    old passphrase: the blob key inside it, tried on today's evidence file."""
    import pyrage

    with Vault.open(snapshot, PASSPHRASE) as old:
        identity = old.identity.blob_identity
    try:
        pyrage.decrypt(live.blobs.path_for(sha).read_bytes(), [identity])
        return True
    except pyrage.DecryptError:
        return False


def test_reencrypted_evidence_is_closed_to_an_old_copy(tmp_path: Path) -> None:
    import shutil
    import threading

    from app.usecases import keys as key_actions
    from storage.errors import Cancelled

    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE)
    shas = [_ingest(vault, tmp_path / f"photo{i}.bin") for i in range(3)]
    vault.close()
    shutil.copytree(path, tmp_path / "seized-copy")  # taken at the checkpoint
    vault = Vault.open(path, PASSPHRASE)
    try:
        vault.change_passphrase("four new unrelated words")
        later = _ingest(vault, tmp_path / "later.bin")
        # Before re-encryption the old copy's blob key still opens today's files.
        assert _opens_with_old_copy(tmp_path / "seized-copy", vault, later)
        cancel = threading.Event()
        seen: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> None:
            seen.append((done, total))
            if done == 2:
                cancel.set()

        with pytest.raises(Cancelled):
            key_actions.reencrypt_evidence(Session(vault), progress=progress, cancel=cancel)
        assert key_actions.evidence_rekey_state(Session(vault))["in_progress"]
        for sha in [*shas, later]:  # half done: every file still reads
            assert len(vault.blobs.read_bytes(sha)) == 300_000
    finally:
        vault.close()
    vault = Vault.open(path, "four new unrelated words")  # resumed after a restart
    try:
        done = key_actions.reencrypt_evidence(Session(vault),
                                              progress=lambda d, t: seen.append((d, t)))
        assert done == {"files": 4} and seen[-1] == (4, 4)
        for sha in [*shas, later]:
            assert len(vault.blobs.read_bytes(sha)) == 300_000
            assert not _opens_with_old_copy(tmp_path / "seized-copy", vault, sha)
        assert not key_actions.evidence_rekey_state(Session(vault))["in_progress"]
        assert not list((path / "blobs").rglob("*.partial"))
    finally:
        vault.close()


# --- 8. no switch weakens a vault; the passphrase floor -----------------------------------------


def _real_cli(tmp_path: Path, *args: str, **env: str) -> object:
    """The real entry point, as a user runs it: no test-strength key derivation."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args], capture_output=True, text=True,
        timeout=300, check=False, cwd=tmp_path,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "LANG": "C.UTF-8",
             "PYTHONPATH": str(ROOT), "QORGAU_PASSPHRASE": PASSPHRASE, **env})


def test_the_old_test_switch_does_not_weaken_a_real_vault(tmp_path: Path) -> None:
    import json

    from tests import fastkdf

    result = _real_cli(tmp_path, "init", str(tmp_path / "v"), QORGAU_INSECURE_TEST_KDF="1")
    assert result.returncode == 0, result.stderr  # type: ignore[attr-defined]
    slot = json.loads((tmp_path / "v" / "keys.json").read_text())["passphrase"]
    assert slot["memory_kib"] >= fastkdf.REAL_FLOOR_KIB


def test_check_fails_below_the_kdf_floor(tmp_path: Path) -> None:
    from tests import fastkdf

    Vault.create(tmp_path / "weak", PASSPHRASE, kdf=fastkdf.TEST_KDF)[0].close()
    result = _real_cli(tmp_path, "check", str(tmp_path / "weak"))
    assert result.returncode == 5, result.stdout  # type: ignore[attr-defined]
    assert "below the floor" in result.stdout  # type: ignore[attr-defined]


@pytest.mark.parametrize("weak", ["aaaaaaaa", "aaaaaaaaaaaa", "password1234", "qwertyuiop12",
                                  "Aigerim1990!"])
def test_guessable_passphrase_refused_everywhere(tmp_path: Path, weak: str, cli: object) -> None:
    from storage.errors import InvalidInput
    from storage.keys import passphrase_strength

    assert not passphrase_strength(weak).acceptable
    with pytest.raises(InvalidInput):
        Vault.create(tmp_path / "v", weak)
    assert not (tmp_path / "v").exists()
    result = cli("init", str(tmp_path / "c"), env={"QORGAU_PASSPHRASE": weak})  # type: ignore[operator]
    assert result.returncode == 4 and not (tmp_path / "c").exists(), result.stderr
    with Vault.create(tmp_path / "ok", PASSPHRASE)[0] as vault, pytest.raises(InvalidInput):
        vault.change_passphrase(weak)
