"""The coordinator's actions in the use-case layer, without Qt: bad input is refused with
a clear error and changes nothing; decisions leave their reason in the audit log; a
batch carries on past a bad file; the CSV is written one way."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.records import Records
from app.usecases import conflicts, devices, figures, quarantine, receiving
from app.usecases.session import Session
from storage import audit
from storage.errors import EXIT_NOT_FOUND, EnvironmentFault, InvalidInput
from storage.vault import Vault
from tests.test_bundle_kit import (
    export,
    full_state,
    hand_over,
    import_,
    link,
    make_vault,
    new_case,
    open_copy,
    pair_template,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pair_template(tmp_path_factory.mktemp("desk-pair"), "Lawyer laptop A")


@pytest.fixture
def field(tmp_path: Path, template: Path) -> Iterator[Vault]:
    v = open_copy(template, "field", tmp_path / "field")
    yield v
    v.close()


@pytest.fixture
def archive(tmp_path: Path, template: Path) -> Iterator[Vault]:
    v = open_copy(template, "archive", tmp_path / "archive")
    yield v
    v.close()


def _actions(vault: Vault) -> list[str]:
    return [e["action"] for e in audit.entries(vault.db, limit=100000)]


def _quarantined(tmp_path: Path, field: Vault, archive: Vault) -> str:
    """A bundle held back: the device was revoked after its first bundle."""
    new_case(Records(field))
    import_(archive, export(field, tmp_path / "1.qgb"))
    devices.revoke(Session(archive), field.identity.device_id, reason="seized at a checkpoint")
    new_case(Records(field), "Sealed after the seizure")
    report = import_(archive, export(field, tmp_path / "2.qgb"))
    assert report.status == "quarantined"
    return str(report.bundle_sha256)


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_revoke_without_a_reason_is_refused_and_changes_nothing(
        archive: Vault, field: Vault, reason: str) -> None:
    before = full_state(archive), _actions(archive)
    with pytest.raises(InvalidInput, match="say why"):
        devices.revoke(Session(archive), field.identity.device_id, reason=reason)
    with pytest.raises(InvalidInput, match="not both"):
        devices.revoke(Session(archive), field.identity.device_id, reason="seized",
                       seized_on="2024-05-01", after_seq=3)
    assert (full_state(archive), _actions(archive)) == before
    assert archive.db.one("SELECT revoked_at FROM devices WHERE device_id = ?",
                          (field.identity.device_id,))[0] is None


def test_revoke_keeps_the_reason_and_the_day_of_seizure(archive: Vault, field: Vault) -> None:
    done = devices.revoke(Session(archive), field.identity.device_id,
                          reason="  seized \n at Kordai ", seized_on="2024-05-01")
    assert done["reason"] == "seized at Kordai" and done["after_seq"] == 0
    entry = audit.entries(archive.db, action="revoke_reason")[0]["detail"]
    assert entry == {"device_id": field.identity.device_id, "reason": "seized at Kordai",
                     "seized_on": "2024-05-01", "after_seq": 0}
    with pytest.raises(InvalidInput, match="not a date"):
        devices.revoke(Session(archive), field.identity.device_id, reason="again", seized_on="May")


def test_release_and_discard_need_a_reason(tmp_path: Path, field: Vault, archive: Vault) -> None:
    sha = _quarantined(tmp_path, field, archive)
    before = full_state(archive), _actions(archive)
    for act in (quarantine.release, quarantine.discard):
        with pytest.raises(InvalidInput, match="say why"):
            act(archive, sha, " ")
    assert (full_state(archive), _actions(archive)) == before
    report = quarantine.release(Session(archive), sha, "confirmed by phone")
    assert report.status == "merged"
    entry = audit.entries(archive.db, action="quarantine_release")[0]["detail"]
    assert entry["reason"] == "confirmed by phone" and entry["sha256"] == sha
    assert quarantine.waiting(Session(archive)) == 0


def test_resolving_stale_heads_is_refused_and_audited_once_done(
        tmp_path: Path, field: Vault, archive: Vault) -> None:
    other = make_vault(tmp_path / "field-b", name="Monitor laptop B")
    link(other, archive)
    case_id = new_case(Records(field))
    hand_over(field, other, archive)  # the archive grants B the case (write authority)
    Records(field).update(case_id, {"title": "Edited by A", "city": "taraz"})
    Records(other).update(case_id, {"title": "Edited by B", "city": "almaty"})
    import_(archive, export(field, tmp_path / "a.qgb"))
    import_(archive, export(other, tmp_path / "b.qgb"))
    other.close()
    heads = Records(archive).get(case_id).heads
    before = full_state(archive), _actions(archive)
    # What a coordinator compared an hour ago: one head fewer than the record has now.
    with pytest.raises(InvalidInput, match="changed while you were comparing"):
        conflicts.resolve(Session(archive), case_id, heads[:1], keep=heads[0])
    with pytest.raises(InvalidInput, match="not one of the conflicting versions"):
        conflicts.resolve(Session(archive), case_id, heads, keep="0" * 64)
    with pytest.raises(InvalidInput, match="say how"):
        conflicts.resolve(Session(archive), case_id, heads)
    assert (full_state(archive), _actions(archive)) == before
    version = conflicts.resolve(Session(archive), case_id, heads, keep=heads[1])
    assert sorted(version.parents) == sorted(heads)
    entry = audit.entries(archive.db, action="conflict_resolved")[0]["detail"]
    assert entry["how"] == "keep" and entry["kept"] == heads[1]
    assert conflicts.waiting(Session(archive)) == 0


def test_the_default_merge_takes_the_first_live_head() -> None:
    heads = [{"body": {}, "tombstone": "duplicate record"},
             {"body": {"title": "B", "city": "almaty"}, "tombstone": None},
             {"body": {"title": "C", "city": "taraz", "summary": "more"}, "tombstone": None}]
    assert conflicts.default_choice(heads) == 1
    assert conflicts.merge("case", heads, {}) == {"title": "B", "city": "almaty"}
    assert conflicts.merge("case", heads, {"city": 2, "summary": conflicts.BOTH}) == {
        "title": "B", "city": "taraz", "summary": "more"}


def test_a_batch_carries_on_past_bad_files_and_exits_with_the_worst(
        tmp_path: Path, field: Vault, archive: Vault) -> None:
    new_case(Records(field))
    good = export(field, tmp_path / "good.qgb")
    junk = tmp_path / "junk.qgb"
    junk.write_bytes(b"age-encryption.org/v1\nnot a bundle\n")
    batch = receiving.import_bundles(Session(archive), [tmp_path / "missing.qgb", junk, good])
    assert [(r.status, e is not None) for r, e in batch.reports] == [
        ("rejected", True), ("rejected", False), ("merged", False)]
    assert batch.exit_code == EXIT_NOT_FOUND
    assert batch.records_new == 1


def test_csv_is_written_private_atomic_and_audited(tmp_path: Path, archive: Vault) -> None:
    tables = figures.tables(Session(archive), names=["status_by_city", "methods"])
    out = tmp_path / "csv"
    written = figures.write_csv(Session(archive), [(t, out / f"{t.name}.csv") for t in tables])
    assert sorted(Path(p).name for p in written) == ["methods.csv", "status_by_city.csv"]
    for p in written:
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
        assert Path(p).read_bytes().startswith("\ufeff".encode())
    assert [p.name for p in out.iterdir() if p.name.endswith(".partial")] == []
    entry = audit.entries(archive.db, action="report_export")[0]["detail"]
    assert entry["what"] == "csv" and sorted(entry["files"]) == [
        "methods.csv", "status_by_city.csv"]
    # A folder that cannot be made (a file is in the way): the environment's fault.
    (tmp_path / "usb").write_bytes(b"")
    with pytest.raises(EnvironmentFault, match="could not write the CSV"):
        figures.write_csv(Session(archive), [(tables[0], tmp_path / "usb" / "x.csv")])
