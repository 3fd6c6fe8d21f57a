"""Issue 15, the laptop's side, written as the attacks: whoever forces the user to
unlock reads every page of the database, its write-ahead log and the migration backups
with the data key; whoever kept an old copy of the key file knows an old passphrase."""

from __future__ import annotations

from pathlib import Path

from app.records import Records
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
