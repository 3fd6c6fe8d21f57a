"""Receipts: signed by the archive, encrypted to the device; only what they list is purged."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app import exporter, receipts
from app.evidence import ingest
from app.records import Records
from storage import audit
from storage.errors import InvalidInput, NotFound
from storage.vault import Vault
from sync import bundle as b
from sync import trust
from tests.test_bundle_kit import (
    export,
    import_,
    link,
    make_vault,
    new_case,
    random_file,
)


def test_receipt_acknowledges_and_purge_removes_only_acknowledged(
        tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    records = Records(field)
    sent = new_case(records, "Sent and acknowledged")
    photo = ingest(records, random_file(tmp_path / "photo.bin", 40_000), record_id=sent)
    import_(archive, export(field, tmp_path / "b1.qgb"))
    late = new_case(records, "Sent in the second bundle")
    edited = records.create("case", {"title": "Edited after"}).record_id
    import_(archive, export(field, tmp_path / "b2.qgb"))
    records.update(edited, {"title": "Edited after the second bundle"})

    issued = receipts.issue(archive, field.identity.device_id, tmp_path / "receipt.age")
    assert (issued.versions, issued.blobs) == (4, 1)
    accepted = receipts.accept(field, tmp_path / "receipt.age")
    assert (accepted.status, accepted.versions_acknowledged, accepted.blobs_acknowledged) == (
        "accepted", 4, 1)
    assert receipts.accept(field, tmp_path / "receipt.age").status == "duplicate"

    assert set(receipts.purgeable(field)) == {sent, photo.version.record_id, late}
    assert receipts.purge_acknowledged(field) == 3
    left = {r[0] for r in field.db.all("SELECT record_id FROM records")}
    assert left == {edited}  # its newest version was never acknowledged
    assert not field.blobs.has(photo.sha256)
    assert audit.entries(field.db, action="purge")[0]["detail"]["records"] == 3
    # The archive keeps everything; the next export sends only what is left.
    assert Records(archive).get(sent).title == "Sent and acknowledged"
    nxt = exporter.export(field, tmp_path / "b3.qgb")
    assert nxt.versions == 1 and nxt.blobs == 0


def test_purge_only_what_was_confirmed_with_progress(tmp_path: Path,
                                                      pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    records = Records(field)
    confirmed, other = new_case(records, "Confirmed"), new_case(records, "Not shown")
    import_(archive, export(field, tmp_path / "b1.qgb"))
    receipts.accept(field, receipts.issue(archive, field.identity.device_id,
                                          tmp_path / "r.age").path)
    seen: list[tuple[int, int]] = []
    assert receipts.purge_acknowledged(field, [confirmed, "not-a-record"],
                                       progress=lambda d, t: seen.append((d, t))) == 1
    assert seen == [(1, 1)]
    assert {r[0] for r in field.db.all("SELECT record_id FROM records")} == {other}
    stop = threading.Event()
    stop.set()
    assert receipts.purge_acknowledged(field, cancel=stop) == 0


def test_nothing_unacknowledged_is_purged(tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    new_case(Records(field))
    import_(archive, export(field, tmp_path / "b1.qgb"))  # imported, but no receipt yet
    assert receipts.purgeable(field) == []
    assert receipts.purge_acknowledged(field) == 0
    assert field.db.one("SELECT count(*) FROM records")[0] == 1


def test_receipt_for_another_device_is_refused(tmp_path: Path,
                                               pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    other = make_vault(tmp_path / "other", name="Other laptop")
    link(other, archive)
    new_case(Records(other))
    import_(archive, export(other, tmp_path / "o.qgb"))
    receipts.issue(archive, other.identity.device_id, tmp_path / "r.age")
    # Encrypted to the other device: this one cannot even open it.
    with pytest.raises(b.Rejected) as info:
        receipts.accept(field, tmp_path / "r.age")
    assert info.value.code == "not_addressed" and info.value.exit_code == 11
    other.close()


def test_receipt_from_an_untrusted_archive_is_refused(tmp_path: Path,
                                                      pair: tuple[Vault, Vault]) -> None:
    field, _archive = pair
    rogue = make_vault(tmp_path / "rogue", "archive", name="Not our coordinator")
    trust.enroll(rogue, trust_card(field))
    with pytest.raises(b.Rejected) as info:
        receipts.accept(field, receipts_path(rogue, field, tmp_path))
    assert info.value.code == "unknown_device"
    assert field.db.one("SELECT count(*) FROM sync_acks")[0] == 0
    rogue.close()


def test_receipt_rules(tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    with pytest.raises(InvalidInput):
        receipts.issue(field, archive.identity.device_id, tmp_path / "x")
    with pytest.raises(NotFound):
        receipts.issue(archive, "01234567-89ab-7def-8123-456789abcdef", tmp_path / "x")
    trust.revoke(archive, field.identity.device_id)
    with pytest.raises(InvalidInput, match="revoked"):
        receipts.issue(archive, field.identity.device_id, tmp_path / "x")
    with pytest.raises(InvalidInput, match="archive keeps everything"):
        receipts.purge_acknowledged(archive)


def test_tampered_receipt_is_refused(tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    field, archive = pair
    path = receipts_path(archive, field, tmp_path)
    data = bytearray(path.read_bytes())
    data[-20] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(b.Rejected) as info:
        receipts.accept(field, path)
    assert info.value.code == "damaged"


def trust_card(vault: Vault) -> bytes:
    from tests.test_bundle_kit import card_of

    return card_of(vault)


def receipts_path(archive: Vault, field: Vault, tmp_path: Path) -> Path:
    out = tmp_path / f"receipt-{archive.identity.device_id}.age"
    receipts.issue(archive, field.identity.device_id, out)
    return out


def test_receipt_lists_what_a_device_relayed(tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    """A case handed over from A to B, then sent by both: B's receipt covers it too, so B
    can purge it even though A's bundle brought it first."""
    from tests.test_bundle_kit import hand_over

    field, archive = pair
    other = make_vault(tmp_path / "other", name="Laptop B")
    link(other, archive)
    case_id = new_case(Records(field))
    hand_over(field, other)
    import_(archive, export(field, tmp_path / "a.qgb"))
    import_(archive, export(other, tmp_path / "b.qgb"))
    receipts.issue(archive, other.identity.device_id, tmp_path / "rb.age")
    assert receipts.accept(other, tmp_path / "rb.age").versions_acknowledged == 1
    assert receipts.purgeable(other) == [case_id]
    other.close()


def test_two_receipts_for_one_device_in_one_folder_within_a_second(
        tmp_path: Path, pair: tuple[Vault, Vault], monkeypatch: pytest.MonkeyPatch) -> None:
    """Receipt names carry the time to the second: a second receipt for the same device
    in the same folder within that second (an import with receipts right after another,
    or after `qorgau receipt`) used to fail on the first one's name, and the device got
    no receipt for what it had just sent."""
    from app.usecases.receipts import write_receipt
    from app.usecases.session import Session

    field, archive = pair
    new_case(Records(field), "Sent")
    import_(archive, export(field, tmp_path / "b1.qgb"))
    usb = tmp_path / "usb"
    usb.mkdir()
    session = Session(archive)
    import datetime

    import app.usecases.receipts as uc

    real, when = uc.receipt_name, datetime.datetime(2026, 12, 3, 16, 40, 5)
    monkeypatch.setattr(uc, "receipt_name", lambda name, now=None: real(name, when))
    made = [write_receipt(session, field.identity.device_id, usb) for _ in range(3)]
    names = [Path(m["path"]).name for m in made]
    assert len(set(names)) == 3 and names[1].endswith("-2.receipt")
    assert names[2].endswith("-3.receipt")
    for m in made:
        assert receipts.accept(field, Path(m["path"])).status in ("accepted", "duplicate")
    assert len(audit.entries(archive.db, action="receipt_issued")) == 3


def test_a_removed_coordinators_receipt_frees_nothing(tmp_path: Path,
                                                      pair: tuple[Vault, Vault]) -> None:
    """The attack: the archive that acknowledged the laptop's records is seized and the
    worker removes it (`untrust`). What it acknowledged must not be removed from the
    laptop as if held safe, and must go to the next coordinator in the next bundle."""
    from app.usecases import coordinators
    from app.usecases.session import Session
    from sync import card as cardmod

    field, archive = pair
    records = Records(field)
    case = new_case(records, "Held only by the seized archive")
    photo = ingest(records, random_file(tmp_path / "photo.bin", 40_000), record_id=case)
    import_(archive, export(field, tmp_path / "b1.qgb"))
    receipts.issue(archive, field.identity.device_id, tmp_path / "receipt.age")
    receipts.accept(field, tmp_path / "receipt.age")
    assert set(receipts.purgeable(field)) == {case, photo.version.record_id}

    coordinators.untrust(Session(field), archive.identity.device_id, "archive seized in a raid")
    assert receipts.purgeable(field) == []
    assert receipts.purge_acknowledged(field) == 0
    other = make_vault(tmp_path / "new-archive", "archive", name="New archive")
    trust.trust(field, cardmod.to_json(trust.own_card(other)))
    again = exporter.export(field, tmp_path / "b2.qgb")
    assert again.versions == 2 and again.blobs == 1  # the case and the photo go again
    other.close()


def test_removing_a_record_removes_its_unsaved_edit(tmp_path: Path,
                                                    pair: tuple[Vault, Vault]) -> None:
    """The attack: a worker left an edit of a case unsaved (the desktop keeps it as a
    draft through a lock), then removed the acknowledged case. A coerced unlock must not
    find the case's words in the draft, nor be offered the case back; every page of the
    database and its log is decrypted and searched."""
    from app import drafts
    from tests import pagescan

    field, archive = pair
    records = Records(field)
    case = new_case(records, "Complaint of Zhumabekova")
    draft_id = drafts.new_id()
    drafts.save(field.db, draft_id, "case", case,
                {"title": "Complaint of Zhumabekova", "summary": "Quillfeather saw it"})
    import_(archive, export(field, tmp_path / "b1.qgb"))
    receipts.issue(archive, field.identity.device_id, tmp_path / "receipt.age")
    receipts.accept(field, tmp_path / "receipt.age")
    assert receipts.purge_acknowledged(field) == 1
    assert drafts.load(field.db, draft_id) is None
    for word in ("Zhumabekova", "Quillfeather"):
        assert not pagescan.holds(field.path, field._data_key, word), word

