"""The bundle commands end to end, through the real `qorgau` command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.records import Records
from storage.vault import Vault
from tests.test_bundle_kit import (
    PASSPHRASE,
    export,
    hand_over,
    import_,
    link,
    make_vault,
    new_case,
)

RECORDS = {"format": "qorgau-records", "version": 1, "records": [
    {"kind": "case", "ref": "c", "body": {"title": "Detention in SIZO 155/18", "city": "almaty"}},
    {"kind": "interview", "body": {"case_id": "@c", "account": "only for us",
                                   "consent": {"share_coordinator": "refused"}}},
]}


def _json(done: Any) -> Any:
    assert done.stdout, done.stderr
    return json.loads(done.stdout)


def test_cli_round_trip_and_exit_codes(tmp_path: Path, cli: Any) -> None:
    field, archive = str(tmp_path / "field"), str(tmp_path / "archive")
    assert cli("init", field, "--name", "Lawyer laptop").returncode == 0
    assert cli("init", "--archive", archive).returncode == 0
    card = _json(cli("identity", archive, "--out", str(tmp_path / "a.card"), "--json"))
    assert card["role"] == "archive" and card["age_recipient"].startswith("age1")
    me = _json(cli("identity", field, "--out", str(tmp_path / "f.card"), "--json"))
    wrong = cli("trust", field, str(tmp_path / "a.card"), "--fingerprint", "0000-0000")
    assert wrong.returncode == 5 and "not the card you checked" in wrong.stderr
    assert cli("trust", field, str(tmp_path / "a.card"), "--fingerprint",
               card["fingerprint"]).returncode == 0
    assert cli("enroll", archive, str(tmp_path / "f.card")).returncode == 0

    (tmp_path / "records.json").write_text(json.dumps(RECORDS))
    assert cli("add", field, str(tmp_path / "records.json")).returncode == 0
    bundle = str(tmp_path / "b1.qgb")
    exported = _json(cli("export", field, "--out", bundle, "--json"))
    assert exported["versions"] == 1 and [w["kind"] for w in exported["withheld"]] == [
        "interview"]

    checked = cli("verify", archive, bundle, "--json")
    assert checked.returncode == 0 and _json(checked)["dry_run"] is True
    merged = cli("import", archive, bundle, "--json")
    assert merged.returncode == 0 and _json(merged)["versions_new"] == 1
    assert cli("import", archive, bundle).returncode == 10
    (tmp_path / "junk.qgb").write_bytes(b"age-encryption.org/v1\nnot really\n")
    junk = cli("import", archive, str(tmp_path / "junk.qgb"), bundle, "--json")
    assert junk.returncode == 11  # rejected outranks duplicate
    assert [r["status"] for r in _json(junk)] == ["rejected", "duplicate"]

    receipt = str(tmp_path / "receipt.age")
    assert cli("receipt", archive, "--for", me["device_id"], "--out", receipt).returncode == 0
    assert cli("accept-receipt", field, receipt).returncode == 0
    purged = _json(cli("purge", field, "--acknowledged", "--json"))
    assert purged == {"purged": 1}  # the case; the withheld interview stays

    # Revoking and releasing take a reason, as on the desk (kept in the custody log).
    assert cli("revoke", archive, me["device_id"]).returncode == 2
    assert cli("revoke", archive, me["device_id"], "--reason", "seized").returncode == 0
    (tmp_path / "more.json").write_text(json.dumps({"format": "qorgau-records", "version": 1,
                                                    "records": [{"kind": "case",
                                                                 "body": {"title": "Later"}}]}))
    assert cli("add", field, str(tmp_path / "more.json")).returncode == 0
    assert cli("export", field, "--out", str(tmp_path / "b2.qgb")).returncode == 0
    held = cli("import", archive, str(tmp_path / "b2.qgb"))
    assert held.returncode == 12 and "ALERT" in held.stderr
    listed = _json(cli("quarantine", archive, "--json"))
    assert [q["reason"] for q in listed] == ["revoked"]
    unreasoned = cli("quarantine", archive, "--release", listed[0]["bundle_sha256"])
    assert unreasoned.returncode == 2 and "--reason" in unreasoned.stderr
    released = cli("quarantine", archive, "--release", listed[0]["bundle_sha256"],
                   "--reason", "checked by phone with the field worker")
    assert released.returncode == 0, released.stdout + released.stderr
    devices = _json(cli("devices", archive, "--json"))
    assert devices["enrolled_devices"][0]["revoked_after_seq"] == 1


def test_cli_conflicts_and_resolve(tmp_path: Path, cli: Any) -> None:
    a = make_vault(tmp_path / "a", name="A")
    other = make_vault(tmp_path / "b", name="B")
    archive = make_vault(tmp_path / "archive", "archive")
    link(a, archive)
    link(other, archive)
    case_id = new_case(Records(a))
    hand_over(a, other, archive)
    Records(a).update(case_id, {"title": "A's words"})
    Records(other).update(case_id, {"title": "B's words"})
    import_(archive, export(a, tmp_path / "a.qgb"))
    import_(archive, export(other, tmp_path / "b.qgb"))
    for v in (a, other, archive):
        v.close()
    listed = _json(cli("conflicts", str(tmp_path / "archive"), "--json"))
    assert [c["record_id"] for c in listed] == [case_id] and len(listed[0]["heads"]) == 2
    keep = listed[0]["heads"][1]["version_id"]
    done = cli("resolve", str(tmp_path / "archive"), case_id, "--keep", keep)
    assert done.returncode == 0, done.stderr
    assert cli("conflicts", str(tmp_path / "archive")).stdout.strip() == "no conflicts"
    with Vault.open(tmp_path / "archive", PASSPHRASE) as reopened:
        record = Records(reopened).get(case_id)
        assert len(record.heads) == 1
        assert record.body == Records(reopened).version(keep).body
