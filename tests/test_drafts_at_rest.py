"""A form's unsaved edit (draft) leaves nothing readable once discarded."""

from __future__ import annotations

from pathlib import Path

from app.records import Records
from storage.vault import Vault


def test_a_discarded_draft_leaves_no_frame_in_the_log(tmp_path: Path,
                                                      pair: tuple[Vault, Vault]) -> None:
    """The attack: a name typed into a form by mistake, autosaved three times, then the
    edit discarded; the laptop is taken while the vault is open (its log never
    checkpointed by a close). The log's frames are decrypted and searched."""
    from app import drafts
    from app.usecases import prefs
    from app.usecases.session import Session
    from tests import pagescan

    field, _archive = pair
    s = Session(field)
    draft_id = drafts.new_id()
    for n in range(3):
        prefs.keep_draft(s, draft_id, "person", None,
                         {"full_name": "Ескендирова Салтанат", "contact": f"+7 701 555 019{n}"})
    prefs.discard_draft(s, draft_id)
    Records(field).create("case", {"title": "Written after"})  # the log goes on
    log = b"".join(pagescan.wal_pages(field.path / "vault.db-wal", field._data_key))
    assert "Ескендирова".encode() not in log and b"555 019" not in log
