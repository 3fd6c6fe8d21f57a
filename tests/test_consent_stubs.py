"""The anonymised statistics stub: a case whose person refused sharing still counts.

Written as the attack: the mother of test_consent refuses sharing; the organisation's
statistics consent is on. The sealed bundle (decrypted with the archive's key) and the
archive after import (versions, record table, search index) are searched for her name,
telephone, date of birth and a sentence of her account, and for the ids of the records
the stubs stand for: none is there, and yet the archive's figures count her son's
incident and complaint, once, whatever the number of exports.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app import exporter, settings, stats, stubs
from app.records import Records
from app.usecases import consent
from app.usecases.session import Session
from storage import audit
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_
from tests.test_consent import SECRETS, archive_bytes, bundle_plaintext, found, story

# The fixtures of the consent matrix: a linked field vault and archive, copied per test.
field, archive = kit.field, kit.archive

ALLOWED = {"of_kind", "city", "oblast", "month", "methods", "body", "status"}


def figures(vault: Vault) -> tuple[int, int, dict[str, int]]:
    """(complaints, incidents with methods, incidents by method) as the desk shows them."""
    s = stats.Stats(vault.db)
    complaints = s.tables(["status_by_city"])[0].rows[-1][-1]
    methods = s.tables(["methods"])[0]
    by_method = {r[0]: r[2] for r in methods.rows if r[0] != stats.TOTAL}
    return complaints, methods.rows[-1][2], by_method


def stub_bodies(vault: Vault) -> list[dict]:
    return [json.loads(b) for (b,) in vault.db.all(
        "SELECT body FROM records WHERE kind = 'statistics_stub' AND deleted = 0")]


def export_import(field: Vault, archive: Vault, path: Path) -> exporter.ExportReport:
    report = exporter.export(field, path)
    assert import_(archive, path).status == "merged"
    return report


def test_stub_counts_and_identifies_nobody(tmp_path: Path, field: Vault,
                                           archive: Vault) -> None:
    settings.put(field.db, stubs.SETTING, 1)
    ids = story(field, tmp_path, {"share_coordinator": "refused"})
    dry = exporter.export(field, tmp_path / "dry.qgb", dry_run=True)
    assert dry.stubs == 2 and dry.preview["statistics_stubs"] == 2
    assert not stub_bodies(field)  # a dry run writes nothing

    report = exporter.export(field, tmp_path / "b1.qgb")
    assert report.stubs == 2
    plain = bundle_plaintext(archive, tmp_path / "b1.qgb")
    assert found(plain) == set()
    text = plain.decode("utf-8", "replace")
    for key in ("mother", "interview", "incident", "complaint", "scan"):
        assert ids[key] not in text, key  # no link back to what stays
    assert import_(archive, tmp_path / "b1.qgb").status == "merged"
    assert found(archive_bytes(archive)) == set()
    held = archive_bytes(archive).decode("utf-8", "replace")
    for key in ("mother", "interview", "incident", "complaint"):
        assert ids[key] not in held, key

    bodies = stub_bodies(archive)
    assert sorted(b["of_kind"] for b in bodies) == ["complaint", "incident"]
    for body in bodies:
        assert set(body) <= ALLOWED
        assert body["month"] == "2022-01" or body["month"] == "2022-02"
        assert body["city"] == "taraz"
    # The archive counts her son's incident and complaint, from the stubs.
    assert figures(archive) == (1, 1, {"beating_fists_feet": 1})
    # The field laptop counts its own records, not its stubs as well.
    assert figures(field) == (1, 1, {"beating_fists_feet": 1})

    # Re-exporting changes nothing: the same stubs (no new version), counted once.
    again = export_import(field, archive, tmp_path / "b2.qgb")
    assert again.stubs == 2
    assert field.db.one("SELECT count(*) FROM versions WHERE kind = 'statistics_stub'")[0] == 2
    assert figures(archive) == (1, 1, {"beating_fists_feet": 1})

    # A change to the incident updates its stub (a new version of the same record).
    r = Records(field)
    r.update(ids["incident"], {**r.get(ids["incident"]).body,
                               "methods": ["beating_fists_feet", "suffocation_plastic_bag"]})
    export_import(field, archive, tmp_path / "b3.qgb")
    assert figures(archive) == (1, 1, {"beating_fists_feet": 1, "suffocation_plastic_bag": 1})

    # She consents after all: her records travel, the stubs are withdrawn; still once.
    consent.record_consent(Session(field), ids["mother"], {"share_coordinator": "given"})
    Records(field).update(ids["interview"], {**Records(field).get(ids["interview"]).body,
                                             "consent": {"share_coordinator": "given"}})
    last = export_import(field, archive, tmp_path / "b4.qgb")
    assert last.stubs == 0 and stub_bodies(archive) == []
    from app.check import check_vault

    for vault in (field, archive):  # stubs and their tombstones are sound records
        assert check_vault(vault)["problems"] == []
    assert figures(archive) == (1, 1, {"beating_fists_feet": 1, "suffocation_plastic_bag": 1})
    assert found(archive_bytes(archive)) == set(SECRETS)  # consent given: it travels


@pytest.mark.parametrize("why", ["setting off", "refused statistics"])
def test_no_stub_without_both_consents(tmp_path: Path, field: Vault, archive: Vault,
                                       why: str) -> None:
    if why == "refused statistics":
        settings.put(field.db, stubs.SETTING, 1)
    ids = story(field, tmp_path, {"share_coordinator": "refused", "statistics": (
        "refused" if why == "refused statistics" else "given")})
    report = export_import(field, archive, tmp_path / "b.qgb")
    assert report.stubs == 0 and stub_bodies(archive) == []
    assert found(archive_bytes(archive)) == set()
    assert figures(archive)[:2] == (0, 0)
    assert ids["incident"] not in archive_bytes(archive).decode("utf-8", "replace")


def test_stub_ids_are_stable_and_keyed(field: Vault) -> None:
    a = stubs.stub_id(b"k" * 32, "0190a1b2-0000-7000-8000-000000000001")
    assert a == stubs.stub_id(b"k" * 32, "0190a1b2-0000-7000-8000-000000000001")
    assert a != stubs.stub_id(b"l" * 32, "0190a1b2-0000-7000-8000-000000000001")
    assert a[14] == "8"  # a UUID of version 8: not a time-ordered id that dates it


def test_the_setting_is_audited(field: Vault) -> None:
    from app.usecases import prefs
    from app.usecases.session import Session

    prefs.change_setting(Session(field), stubs.SETTING, 1)
    assert stubs.enabled(field.db)
    entries = [e["detail"] for e in audit.entries(field.db, action="setting")]
    assert {"name": stubs.SETTING, "old": 0, "new": 1} in entries


@pytest.mark.slow  # nine real command-line runs, about 4 s
def test_cli_turns_it_on_and_the_dry_run_says_so(tmp_path: Path, cli: Any) -> None:
    vault, archive = str(tmp_path / "v"), str(tmp_path / "a")
    assert cli("init", vault).returncode == 0
    assert cli("init", "--archive", archive).returncode == 0
    card = json.loads(cli("identity", archive, "--out", str(tmp_path / "a.card"),
                          "--json").stdout)
    assert cli("trust", vault, str(tmp_path / "a.card"), "--fingerprint",
               card["fingerprint"]).returncode == 0
    records = {"format": "qorgau-records", "version": 1, "records": [
        {"kind": "person", "ref": "m", "body": {"full_name": kit.NAME}},
        {"kind": "case", "ref": "c", "body": {"title": "Дело", "city": "taraz"}},
        {"kind": "interview", "body": {"case_id": "@c", "interviewee_id": "@m",
                                       "consent": {"share_coordinator": "refused"}}},
        {"kind": "incident", "body": {"case_id": "@c", "account_of": ["@m"],
                                      "date": "2022-01-30", "narrative": kit.ACCOUNT,
                                      "methods": ["beating_fists_feet"]}}]}
    (tmp_path / "r.json").write_text(json.dumps(records), "utf-8")
    assert cli("add", vault, str(tmp_path / "r.json")).returncode == 0
    dry = cli("export", vault, "--out", str(tmp_path / "b.qgb"), "--dry-run")
    assert "anonymised for statistics" not in dry.stdout
    assert json.loads(cli("statistics-consent", vault, "--json").stdout) == {
        "statistics_stubs": False}
    assert cli("statistics-consent", vault, "on").returncode == 0
    dry = cli("export", vault, "--out", str(tmp_path / "b.qgb"), "--dry-run")
    assert "anonymised for statistics: 1 record(s)" in dry.stdout
    assert not (tmp_path / "b.qgb").exists()
    assert cli("statistics-consent", vault, "maybe").returncode == 2
