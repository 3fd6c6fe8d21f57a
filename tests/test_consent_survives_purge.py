"""A refusal survives "remove acknowledged records" on the field laptop.

Written as the attack, on the ordinary path: the mother refuses sharing in a consent
record; that record travels (it must carry the refusal) and the coordinator acknowledges
it; the worker then removes what the archive holds. Before, the consent record went with
the rest, the rule forgot the refusal, and the next bundle carried her name, telephone,
birth date and account to the archive she refused. Real vaults, real bundles and
receipts; the bundle's BYTES are searched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import disclosure, exporter, receipts
from app.records import Records
from app.usecases import consent
from app.usecases.session import Session
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_
from tests.test_consent import bundle_plaintext, found, story

field, archive = kit.field, kit.archive  # the consent tests' vaults


def _acknowledge_and_purge(field: Vault, archive: Vault, tmp_path: Path, n: int) -> int:
    import_(archive, Path(exporter.export(field, tmp_path / f"b{n}.qgb").path))
    receipts.issue(archive, field.identity.device_id, tmp_path / f"r{n}.age")
    receipts.accept(field, tmp_path / f"r{n}.age")
    return receipts.purge_acknowledged(field)


@pytest.mark.parametrize("where", ["consent record", "interview"])
def test_the_refusal_is_kept_and_keeps_withholding(field: Vault, archive: Vault,
                                                   tmp_path: Path, where: str) -> None:
    if where == "interview":  # refused only her medical records, in the interview itself
        ids = story(field, tmp_path, {"documentation": "given", "medical_records": "refused"})
        holder = ids["interview"]
        Records(field).create("state_exam", {"case_id": ids["case"],
                                             "person_id": ids["mother"], "number": "СМЭ-9",
                                             "findings": "Кровоподтёки на руках."})
    else:
        ids = story(field, tmp_path)
        holder = consent.record_consent(Session(field), ids["mother"],
                                        {"share_coordinator": "refused"})
    withheld_before = set(disclosure.decide(field.db, "bundle").withheld)
    assert withheld_before

    assert _acknowledge_and_purge(field, archive, tmp_path, 1) > 0
    assert field.db.one("SELECT 1 FROM records WHERE record_id = ?", (holder,)), \
        "the record holding the refusal was removed from the laptop"
    assert set(disclosure.decide(field.db, "bundle").withheld) == withheld_before

    # A record written after the purge is held back by the same refusal.
    later = Records(field).create("incident", {
        "case_id": ids["case"], "victim_ids": [ids["son"]], "account_of": [ids["mother"]],
        "date": "2022-02-10", "narrative": "Повторный вызов матери в отдел."}).record_id
    if where == "consent record":
        assert not disclosure.decide(field.db, "bundle").allows(later)
        report = exporter.export(field, tmp_path / "b2.qgb")
        assert later in {w["record_id"] for w in report.withheld}
        if report.written:  # whatever else went, nothing of hers did
            assert not found(bundle_plaintext(archive, Path(report.path)))


def test_records_giving_only_consent_are_still_removed(field: Vault, archive: Vault,
                                                       tmp_path: Path) -> None:
    ids = story(field, tmp_path, {"documentation": "given", "share_coordinator": "given"})
    assert _acknowledge_and_purge(field, archive, tmp_path, 1) > 0
    assert not field.db.one("SELECT 1 FROM records WHERE record_id = ?", (ids["interview"],))
