"""A complaint's legal path: deadlines the law sets, the path in order, and folding
older appeal records into their complaint without changing a figure or losing history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from app import stats
from app.records import Records
from app.usecases import legal
from app.usecases.session import Session
from storage import audit
from storage.errors import InvalidInput
from tests.conftest import CLI, PASSPHRASE

D = dt.date.fromisoformat


def _due(body: dict[str, Any]) -> dict[str, legal.Deadline]:
    return {d.code: d for d in legal.deadlines(body)}


def test_registration_is_due_within_a_day() -> None:
    report = {"body": "prosecutor", "filed_on": "2022-01-10"}
    d = _due(report)["registration"]
    assert (d.since, d.due, d.met) == ("2022-01-10", "2022-01-11", False)
    assert d.overdue(D("2022-01-12")) and not d.overdue(D("2022-01-11"))
    assert _due({**report, "registration_number": "221300031000045"})["registration"].met
    refused = {**report, "status": "registration_refused", "outcome_on": "2022-01-20"}
    assert _due(refused)["registration"].met  # a refusal answers it (late, but answered)
    assert "registration" not in _due({"body": "un_cat", "filed_on": "2022-01-10"})


def test_investigation_verdict_and_un_deadlines() -> None:
    body = {"body": "prosecutor", "filed_on": "2022-01-10",
            "history": [{"on": "2022-01-11", "status": "registered"}]}
    d = _due(body)["investigation"]
    assert (d.since, d.due, d.met) == ("2022-01-11", "2022-03-11", False)
    closed = {**body, "status": "closed_no_evidence", "outcome_on": "2022-04-01"}
    assert _due(closed)["investigation"].met
    un = _due(closed)["un_hrc"]
    assert (un.since, un.due, un.met) == ("2022-04-01", "2027-04-01", False)
    sent = {**closed, "steps": [{"step": "un_communication", "body": "un_hrc",
                                 "filed_on": "2023-01-01"}]}
    assert _due(sent)["un_hrc"].met
    convicted = {**body, "steps": [{"step": "verdict", "body": "court",
                                    "decided_on": "2023-05-01", "outcome": "conviction"}]}
    v = _due(convicted)["appeal_verdict"]
    assert (v.due, v.met, v.days_left(D("2023-05-10"))) == ("2023-05-16", False, 6)
    appealed = {**convicted, "steps": [*convicted["steps"], {
        "step": "appeal_verdict", "body": "appeal_court", "filed_on": "2023-05-12"}]}
    assert _due(appealed)["appeal_verdict"].met
    assert legal.overdue(body, "ru", D("2022-06-01")) == [
        "Решение через два месяца расследования"]


@pytest.fixture
def field(vault: Any) -> tuple[Any, dict[str, str]]:
    records = Records(vault)
    case = records.create("case", {"title": "Тараз", "city": "taraz",
                                   "opened_on": "2022-01-20"}).record_id
    first = records.create("complaint", {
        "case_id": case, "body": "prosecutor", "city": "taraz", "filed_on": "2022-01-25",
        "status": "closed_no_evidence", "outcome_on": "2022-04-01"}).record_id
    appeal = records.create("complaint", {
        "case_id": case, "body": "court", "appeal_of": first, "filed_on": "2022-04-10",
        "reference_number": "№ 7112-22", "status": "investigation_opened",
        "outcome_on": "2022-04-25", "response": "Постановление отменено."}).record_id
    again = records.create("complaint", {
        "case_id": case, "body": "prosecutor_general", "appeal_of": appeal,
        "filed_on": "2022-09-01", "status": "other", "outcome_on": "2022-10-01"}).record_id
    return vault, {"case": case, "first": first, "appeal": appeal, "again": again}


def test_legal_path_reads_older_step_records_in_order(field: Any) -> None:
    vault, ids = field
    path = legal.legal_path(Session(vault), ids["first"], lang="ru", today=D("2022-05-01"))
    assert [s["source"] for s in path["steps"]] == [ids["appeal"]]  # direct appeals
    assert path["steps"][0]["outcome_label"] == "Начато досудебное расследование"
    assert path["steps"][0]["step_label"] == "Жалоба следственному судье (ст. 106 УПК)"
    with pytest.raises(InvalidInput):
        legal.legal_path(Session(vault), ids["case"])


def test_fold_keeps_every_figure_and_the_history(field: Any) -> None:
    vault, ids = field
    records = Records(vault)
    before = [t.to_dict() for t in stats.tables(vault.db)]
    old_head = records.get(ids["first"]).head
    assert [f.step_record_id for f in legal.fold_appeals(Session(vault), dry_run=True)] == [
        ids["appeal"], ids["again"]]
    assert records.get(ids["appeal"]).deleted is False  # a dry run writes nothing

    folded = legal.fold_appeals(Session(vault))
    assert {f.step_record_id for f in folded} == {ids["appeal"], ids["again"]}
    first = records.get(ids["first"])
    assert [s["step"] for s in first.body["steps"]] == ["appeal_judge", "appeal_prosecutor"]
    assert first.body["steps"][0]["outcome"] == "investigation_opened"
    assert first.body["steps"][0]["notes"] == "Постановление отменено."
    # The old version stays, as the parent of the new one; the appeals are tombstoned
    # with the reason; everything is signed by this device and verifies.
    assert old_head in [v.version_id for v in records.history(ids["first"])]
    assert records.version(first.head).parents == (old_head,)
    for rid in (ids["appeal"], ids["again"]):
        gone = records.get(rid)
        assert gone.deleted
        assert records.version(gone.head).tombstone == (
            f"folded into the legal path of complaint {ids['first']}")
    assert records.verify_all() == []
    entry = audit.entries(vault.db, action="legal_fold")[0]["detail"]
    assert entry == {"complaint_id": ids["first"],
                     "step_record_ids": [ids["appeal"], ids["again"]]}
    # The same figures before and after: the fold changes the shape, not the count.
    assert [t.to_dict() for t in stats.tables(vault.db)] == before
    assert legal.fold_appeals(Session(vault)) == []  # nothing left to fold


def test_cli_legal_path_and_fold(cli: CLI, tmp_path: Path) -> None:
    from storage.vault import Vault

    path = tmp_path / "cli-vault"
    vault, _ = Vault.create(path, PASSPHRASE, name="Field laptop")
    with vault:
        records = Records(vault)
        case = records.create("case", {"title": "Дело"}).record_id
        first = records.create("complaint", {"case_id": case, "body": "prosecutor",
                                             "filed_on": "2022-01-25"}).record_id
        records.create("complaint", {"case_id": case, "body": "court", "appeal_of": first,
                                     "filed_on": "2022-04-10", "status": "appeal_dismissed"})
    shown = cli("legal-path", str(path), first, "--lang", "kk")
    assert shown.returncode == 0, shown.stderr
    assert "СДТБТ-да тіркеу (24 сағат)" in shown.stdout and "OVERDUE" in shown.stdout
    dry = cli("legal-fold", str(path), "--dry-run")
    assert dry.returncode == 0 and "1 appeal record(s) would fold" in dry.stdout
    done = cli("legal-fold", str(path), "--json")
    assert done.returncode == 0, done.stderr
    assert [f["complaint_id"] for f in json.loads(done.stdout)] == [first]
    missing = cli("legal-path", str(path), "0190a000-0000-7000-8000-000000000000")
    assert missing.returncode == 7, missing.stderr


def test_fold_never_rewrites_another_devices_records(tmp_path: Path) -> None:
    # An archive holding a field laptop's older appeal: folding it would sign words in
    # the laptop's name (and fork its record). The archive leaves it as it is.
    from storage.vault import Vault
    from sync import trust

    laptop, _ = Vault.create(tmp_path / "laptop", PASSPHRASE, name="Field laptop")
    archive, _ = Vault.create(tmp_path / "archive", PASSPHRASE, name="Archive", role="archive")
    with laptop, archive:
        rl = Records(laptop)
        case = rl.create("case", {"title": "Дело"}).record_id
        first = rl.create("complaint", {"case_id": case, "body": "prosecutor",
                                        "filed_on": "2022-01-25",
                                        "status": "closed_no_evidence"}).record_id
        appeal = rl.create("complaint", {"case_id": case, "body": "court", "appeal_of": first,
                                         "filed_on": "2022-03-01",
                                         "status": "closure_overturned"}).record_id
        ra = Records(archive)
        trust.add_known(archive.db, trust.own_card(laptop))
        with archive.db.transaction():
            for version in rl.iter_versions():
                ra.insert_foreign(version, origin="bundle")
        before = archive.db.all("SELECT version_id FROM versions ORDER BY version_id")
        assert legal.fold_appeals(Session(archive)) == []
        assert archive.db.all("SELECT version_id FROM versions ORDER BY version_id") == before
        assert not ra.get(appeal).deleted
        # ...and its figures read the appeal as a step all the same.
        t = stats.Stats(archive.db).tables(["status_by_city"])[0]
        assert t.row(stats.TOTAL)["complaints"] == 1
        assert t.row(stats.TOTAL)["closure_overturned"] == 1
