"""Field -> archive and archive -> archive: round trips, merge, conflicts, sequence rules,
revocation and quarantine — real SQLCipher vaults, real age, real signatures."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import exporter, importer
from app.check import check_vault
from app.evidence import ingest
from app.records import Records
from storage import audit
from storage.errors import Cancelled, InvalidInput
from storage.vault import Vault
from sync import trust
from tests.test_bundle_kit import (
    PASSPHRASE,
    copy_vault,
    export,
    full_state,
    hand_over,
    import_,
    link,
    make_vault,
    merged_state,
    new_case,
    open_copy,
    pair_template,
    random_file,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pair_template(tmp_path_factory.mktemp("pair"), "Lawyer laptop A")


@pytest.fixture
def field(tmp_path: Path, template: Path) -> Iterator[Vault]:
    v = open_copy(template, "field", tmp_path / "field-a")
    yield v
    v.close()


@pytest.fixture
def archive(tmp_path: Path, template: Path, field: Vault) -> Iterator[Vault]:
    v = open_copy(template, "archive", tmp_path / "archive")
    yield v
    v.close()


def test_round_trip_field_to_archive(tmp_path: Path, field: Vault, archive: Vault) -> None:
    records = Records(field)
    case_id = new_case(records)
    person = records.create("person", {"full_name": "Асан Ержанов", "gender": "male"})
    records.update(case_id, {"title": "Beating at IVS Taraz", "city": "taraz",
                             "victim_ids": [person.record_id]})
    photo = ingest(records, random_file(tmp_path / "injury.jpg.bin", 150_000),
                   record_id=case_id)
    gone = records.create("case", {"title": "Entered by mistake"})
    records.delete(gone.record_id, "duplicate entry")
    seen: list[tuple[int, int]] = []
    report = exporter.export(field, tmp_path / "b1.qgb", progress=lambda d, t: seen.append((d, t)))
    assert report.written and report.seq == 1 and report.versions == 6 and report.blobs == 1
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached the total
    assert not list(tmp_path.glob(".*.partial"))

    checked = import_(archive, tmp_path / "b1.qgb", dry_run=True)
    assert (checked.status, checked.dry_run, checked.versions_new) == ("merged", True, 6)
    assert merged_state(archive)["versions"] == []  # verify changed nothing

    result = import_(archive, tmp_path / "b1.qgb")
    assert result.status == "merged" and result.exit_code == 0
    assert (result.records_new, result.versions_new, result.blobs_new) == (4, 6, 1)
    assert result.device_id == field.identity.device_id and result.seq == 1
    mine, theirs = merged_state(field), merged_state(archive)
    for table in ("versions", "heads", "records", "links"):
        assert mine[table] == theirs[table], table
    assert archive.blobs.read_bytes(photo.sha256) == (tmp_path / "injury.jpg.bin").read_bytes()
    assert Records(archive).get(gone.record_id).deleted  # tombstones travel
    # Provenance and the audit trail.
    prov = archive.db.all("SELECT bundle_id, device_id FROM sync_provenance")
    assert len(prov) == 6 and {p[0] for p in prov} == {report.bundle_id}
    assert {r[0] for r in archive.db.all("SELECT origin FROM versions")} == {
        f"bundle:{report.bundle_id}"}
    assert audit.entries(archive.db, action="bundle_import")[0]["detail"]["versions_new"] == 6
    assert audit.entries(field.db, action="bundle_export")[0]["detail"]["seq"] == 1
    assert check_vault(archive)["problems"] == []

    again = import_(archive, tmp_path / "b1.qgb")
    assert (again.status, again.exit_code, again.versions_new) == ("duplicate", 10, 0)


def test_export_resends_only_unacknowledged_and_counts_up(tmp_path: Path, field: Vault,
                                                          archive: Vault) -> None:
    records = Records(field)
    first = new_case(records)
    export(field, tmp_path / "b1.qgb")
    records.update(first, {"title": "Renamed", "city": "taraz"})
    second = exporter.export(field, tmp_path / "b2.qgb")
    assert (second.seq, second.versions) == (2, 2)  # nothing acknowledged yet: both again
    assert import_(archive, tmp_path / "b2.qgb").status == "merged"  # a gap: 1 not yet here
    assert archive.db.one("SELECT missing FROM sync_peers")[0] == "[[1, 1]]"
    late = import_(archive, tmp_path / "b1.qgb")
    assert (late.status, late.versions_new, late.versions_known, late.gaps) == (
        "merged", 0, 1, [])


def test_consent_refused_is_withheld(tmp_path: Path, field: Vault, archive: Vault) -> None:
    records = Records(field)
    case_id = new_case(records)
    ok = records.create("interview", {"case_id": case_id,
                                      "consent": {"share_coordinator": "given"}})
    refused = records.create("interview", {"case_id": case_id, "account": "do not share",
                                           "consent": {"share_coordinator": "refused"}})
    audio = ingest(records, random_file(tmp_path / "interview.ogg", 2000),
                   record_id=refused.record_id)
    report = exporter.export(field, tmp_path / "b.qgb")
    withheld = {w["record_id"]: w["kind"] for w in report.withheld}
    assert withheld == {refused.record_id: "interview", audio.version.record_id: "evidence"}
    assert report.blobs == 0
    import_(archive, tmp_path / "b.qgb")
    held = {r[0] for r in archive.db.all("SELECT record_id FROM records")}
    assert held == {case_id, ok.record_id}
    assert not archive.blobs.has(audio.sha256)


def test_two_devices_one_conflict_resolved(tmp_path: Path, field: Vault, archive: Vault) -> None:
    other = make_vault(tmp_path / "field-b", name="Monitor laptop B")
    link(other, archive)
    case_id = new_case(Records(field))
    import_(archive, export(field, tmp_path / "a1.qgb"))
    hand_over(field, other, archive)
    Records(field).update(case_id, {"title": "Edited by A", "city": "taraz"})
    Records(other).update(case_id, {"title": "Edited by B", "city": "almaty"})
    import_(archive, export(field, tmp_path / "a2.qgb"))
    result = import_(archive, export(other, tmp_path / "b1.qgb"))
    assert result.status == "merged" and result.conflicts == [case_id]
    assert (result.versions_new, result.versions_known) == (1, 1)  # A's original, relayed
    archived = Records(archive)
    heads = archived.get(case_id).heads
    assert len(heads) == 2  # kept for a human: no last-writer-wins
    assert {archived.version(h).body["title"] for h in heads} == {"Edited by A", "Edited by B"}
    resolved = archived.update(case_id, {"title": "Edited by A and B", "city": "taraz"},
                               parents=heads)
    assert archived.get(case_id).heads == [resolved.version_id]
    assert set(resolved.parents) == set(heads)
    assert archive.db.one("SELECT count(*) FROM records WHERE head_count > 1")[0] == 0
    other.close()


def test_field_bundle_cannot_introduce_unknown_authors(tmp_path: Path, field: Vault,
                                                       archive: Vault) -> None:
    stranger = make_vault(tmp_path / "stranger", name="Never enrolled")
    new_case(Records(stranger))
    hand_over(stranger, field)
    result = import_(archive, export(field, tmp_path / "b.qgb"))
    assert (result.status, result.reason_code) == ("rejected", "authors")
    assert "relay" in (result.reason or "")
    stranger.close()


def test_export_sealed_to_chosen_coordinators_only(tmp_path: Path, field: Vault,
                                                    archive: Vault) -> None:
    other = make_vault(tmp_path / "other-archive", "archive", name="Another office")
    link(field, other)
    new_case(Records(field))
    report = exporter.export(field, tmp_path / "b.qgb", recipients=[other.identity.device_id])
    assert report.written and report.recipients == ["Another office"]
    assert import_(other, tmp_path / "b.qgb").status == "merged"
    left_out = import_(archive, tmp_path / "b.qgb")  # not encrypted to it: cannot open it
    assert (left_out.status, left_out.reason_code) == ("rejected", "not_addressed")
    with pytest.raises(InvalidInput, match="not a coordinator this vault trusts"):
        exporter.export(field, tmp_path / "x.qgb", recipients=[field.identity.device_id])
    with pytest.raises(InvalidInput, match="at least one"):
        exporter.export(field, tmp_path / "x.qgb", recipients=[])
    assert not (tmp_path / "x.qgb").exists()
    other.close()


def test_archive_to_archive_offsite_copy(tmp_path: Path, field: Vault, archive: Vault) -> None:
    other = make_vault(tmp_path / "field-b", name="Monitor laptop B")
    link(other, archive)
    Records(field).create("case", {"title": "From A"})
    Records(other).create("case", {"title": "From B"})
    ingest(Records(other), random_file(tmp_path / "scan.pdf", 70_000))
    import_(archive, export(field, tmp_path / "a1.qgb"))
    import_(archive, export(other, tmp_path / "b1.qgb"))
    offsite = make_vault(tmp_path / "offsite", "archive", name="Offsite archive")
    link(archive, offsite)  # the main archive seals to the offsite one, which enrolls it
    result = import_(offsite, export(archive, tmp_path / "copy.qgb", everything=True))
    assert result.status == "merged" and result.versions_new == 3 and result.blobs_new == 1
    main, copy = merged_state(archive), merged_state(offsite)
    for table in ("versions", "heads", "records", "blobs"):
        assert main[table] == copy[table], table
    # The field devices' keys came along (to check their signatures), not as enrolled.
    enrolled = {r[0]: r[2] for r in copy["devices"]}
    assert enrolled[field.identity.device_id] == 0 and enrolled[archive.identity.device_id] == 1
    assert check_vault(offsite)["problems"] == []
    offsite.close()


def test_import_order_does_not_matter(tmp_path: Path, field: Vault, archive: Vault) -> None:
    other = make_vault(tmp_path / "field-b", name="Monitor laptop B")
    link(other, archive)
    records = Records(field)
    shared = new_case(records)
    bundles = [export(field, tmp_path / "a1.qgb")]
    records.update(shared, {"title": "Second edit", "city": "taraz"})
    records.delete(records.create("case", {"title": "Gone"}).record_id, "mistake")
    bundles.append(export(field, tmp_path / "a2.qgb"))
    # B writes versions of its own record, on top of nothing A sent.
    Records(other).create("person", {"pseudonym": "A-17", "protected": True})
    bundles.append(export(other, tmp_path / "b1.qgb"))
    archive.close()
    template = tmp_path / "archive"
    states = []
    for i, order in enumerate(itertools.permutations(bundles)):
        copy = tmp_path / f"archive-{i}"
        import shutil

        shutil.copytree(template, copy)
        with Vault.open(copy, PASSPHRASE) as fresh:
            assert [import_(fresh, p).status for p in order] == ["merged"] * 3
            states.append(merged_state(fresh))
    assert all(s == states[0] for s in states[1:])


def test_gap_is_accepted_and_logged(tmp_path: Path, field: Vault, archive: Vault) -> None:
    records = Records(field)
    new_case(records)
    export(field, tmp_path / "1.qgb")
    new_case(records, "second")
    export(field, tmp_path / "2.qgb")
    new_case(records, "third")
    export(field, tmp_path / "3.qgb")
    import_(archive, tmp_path / "1.qgb")
    result = import_(archive, tmp_path / "3.qgb")
    assert result.status == "merged" and result.gaps == [[2, 2]]
    assert audit.entries(archive.db, action="bundle_import")[0]["detail"]["gaps"] == [[2, 2]]
    assert trust.enrolled(archive.db)[0]["missing"] == [[2, 2]]


def test_fork_from_a_restored_backup_is_quarantined(tmp_path: Path, field: Vault,
                                                   archive: Vault) -> None:
    records = Records(field)
    new_case(records)
    import_(archive, export(field, tmp_path / "1.qgb"))
    field.close()
    copy_vault(field, tmp_path / "restored")  # the laptop's backup, taken now
    field_again = Vault.open(tmp_path / "field-a", PASSPHRASE)
    new_case(Records(field_again), "after the backup")
    import_(archive, export(field_again, tmp_path / "2.qgb"))
    field_again.close()
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        new_case(Records(restored), "written on the restored copy")
        forked = export(restored, tmp_path / "2-fork.qgb")
    before = merged_state(archive)
    result = import_(archive, forked)
    assert (result.status, result.reason_code, result.exit_code) == ("quarantined", "fork", 12)
    assert result.alert and "ALERT" in result.alert
    after = merged_state(archive)
    # Nothing merged; one new file in the blob store: the age file, re-encrypted.
    assert len(after.pop("blob_files")) == len(before.pop("blob_files")) + 1
    assert after == before
    held = importer.quarantined(archive)
    assert len(held) == 1 and held[0]["reason"] == "fork"
    assert audit.entries(archive.db, action="bundle_quarantined")
    # The quarantined file is kept encrypted, never as a decrypted copy.
    assert import_(archive, forked).status == "duplicate"
    kept = archive.db.one("SELECT file_sha256 FROM sync_quarantine")[0]
    assert archive.blobs.has(kept)
    released = importer.release(archive, held[0]["bundle_sha256"])
    assert released.status == "merged" and released.versions_new == 1
    assert importer.quarantined(archive)[0]["released_at"] is not None
    # Merged, its kept copy goes: it would outlive its versions (a withdrawn person's
    # removal purges the versions, never this file, which the archive's keys open).
    assert not archive.blobs.has(kept)
    assert check_vault(archive)["problems"] == []


def test_revoked_device_is_quarantined(tmp_path: Path, field: Vault, archive: Vault) -> None:
    """Revocation is a cut-off in time: a bundle the archive never received is quarantined
    whatever its number (tests/test_seized.py has the attacks)."""
    records = Records(field)
    new_case(records)
    b1 = export(field, tmp_path / "1.qgb")
    new_case(records, "two")
    b2 = export(field, tmp_path / "2.qgb")
    assert import_(archive, b1).status == "merged"
    done = trust.revoke(archive, field.identity.device_id)
    assert done["after_seq"] == 1
    result = import_(archive, b2)
    assert (result.status, result.reason_code) == ("quarantined", "revoked")
    assert "revoked" in (result.alert or "")
    assert import_(archive, b1).status == "duplicate"  # what it holds stays as it is


def test_export_cancel_and_failure_leave_no_file(tmp_path: Path, field: Vault,
                                                 archive: Vault) -> None:
    ingest(Records(field), random_file(tmp_path / "video.bin", 3 << 20))
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 1 << 20:
            cancel.set()

    with pytest.raises(Cancelled):
        exporter.export(field, tmp_path / "out.qgb", progress=progress, cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "field-a", "video.bin"]
    assert field.db.one("SELECT count(*) FROM sync_exports")[0] == 0
    # The next export still starts at 1.
    assert exporter.export(field, tmp_path / "out.qgb").seq == 1


def test_import_cancel_leaves_archive_unchanged(tmp_path: Path, field: Vault,
                                                archive: Vault) -> None:
    ingest(Records(field), random_file(tmp_path / "video.bin", 3 << 20))
    bundle = export(field, tmp_path / "b.qgb")
    before = full_state(archive)
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        import_(archive, bundle, cancel=cancel,
                progress=lambda done, total: done > 2 << 20 and cancel.set())
    assert full_state(archive) == before


def test_evidence_is_stored_once(tmp_path: Path, field: Vault, archive: Vault) -> None:
    other = make_vault(tmp_path / "field-b", name="B")
    link(other, archive)
    same = random_file(tmp_path / "same.bin", 5000)
    ingest(Records(field), same)
    ingest(Records(other), same)
    import_(archive, export(field, tmp_path / "a.qgb"))
    result = import_(archive, export(other, tmp_path / "b.qgb"))
    assert (result.blobs_new, result.blobs_known) == (0, 1)
    assert archive.db.one("SELECT count(*) FROM blobs")[0] == 1
    assert len(merged_state(archive)["blob_files"]) == 1
    other.close()


def test_the_report_names_the_sender_as_enrolled_not_as_it_calls_itself(
        tmp_path: Path, pair: tuple[Vault, Vault]) -> None:
    """The attack: an enrolled laptop calls itself, in its bundle's manifest, after a
    trusted colleague's laptop. The coordinator must read the name they enrolled."""
    field, archive = pair
    enrolled = archive.db.one("SELECT name FROM devices WHERE device_id = ?",
                              (field.identity.device_id,))[0]
    import dataclasses

    field.db.execute("UPDATE device SET name = 'Owner laptop' WHERE id = 1")
    field.identity = dataclasses.replace(field.identity, name="Owner laptop")
    new_case(Records(field))
    report = import_(archive, export(field, tmp_path / "b.qgb"))
    assert report.status == "merged"
    assert report.device_name == enrolled != "Owner laptop"


def test_a_time_in_year_9999_is_shown_as_written_not_a_crash() -> None:
    """A hostile device's bundle dated 9999-12-31 merged, then broke the desk's Devices
    page on every refresh east of Greenwich (the date overflowed in local time)."""
    import os
    import time as time_mod

    from app.dates import local_time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Almaty"
    time_mod.tzset()
    try:
        assert local_time("9999-12-31T23:59:59.000Z", "ru") == "9999-12-31T23:59:59.000Z"
        assert local_time("2024-03-16T07:30:00Z", "ru").endswith("12:30")
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time_mod.tzset()
