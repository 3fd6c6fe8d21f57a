"""Every record kind that is about a person obeys that person's refusal.

Written as the attack: a woman refuses that anything of hers leaves the laptop; her
state forensic examination (and the scan of its conclusion), the threats made against
her and the death-in-custody record naming her are written after. The sealed bundle is
decrypted with the archive's key and its BYTES searched; the prosecutor's report data
likewise. Before these kinds had owners in the rule, all of it went out.
"""

from __future__ import annotations

import json
from pathlib import Path

from app import disclosure, exporter, schema, stats
from app.evidence import ingest
from app.records import Records
from app.usecases import consent
from app.usecases import reports as views
from app.usecases.session import Session
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_, random_file

NAME = "Нуржамал Тастанбекова"
PHONE = "+7 701 555 0142"
FINDINGS = "Кровоподтёки на спине, перелом ребра у Тастанбековой Н."
THREAT = "Ей звонили на +7 701 555 0142 и угрожали: заберите жалобу."
DEATH = "Семья говорит: его избили в ИВС, на теле следы ожогов."


field, archive = kit.field, kit.archive  # the consent tests' vaults


def world(field: Vault, tmp_path: Path, answers: dict[str, str]) -> dict[str, str]:
    r = Records(field)
    case = r.create("case", {"reference": "TST-1", "title": "Дело", "city": "taraz"}).record_id
    her = r.create("person", {"full_name": NAME, "contact": PHONE, "roles": ["victim"],
                              "case_ids": [case]}).record_id
    consent.record_consent(Session(field), her, answers)
    exam = r.create("state_exam", {"case_id": case, "person_id": her, "number": "СМЭ-77",
                                   "findings": FINDINGS}).record_id
    threat = r.create("reprisal", {"case_id": case, "kind": "threat", "target_id": her,
                                   "description": THREAT}).record_id
    death = r.create("death_in_custody", {"case_id": case, "person_id": her,
                                          "family_account": DEATH}).record_id
    scan = ingest(r, random_file(tmp_path / "conclusion.pdf", 900), record_id=exam)
    return {"case": case, "her": her, "exam": exam, "threat": threat, "death": death,
            "scan": scan.version.record_id, "sha": scan.sha256}


def _in(text: str, value: str) -> bool:
    return value in text or json.dumps(value)[1:-1] in text


def test_a_refusal_to_share_keeps_every_kind_about_her_on_the_laptop(
        field: Vault, archive: Vault, tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"share_coordinator": "refused"})
    decision = disclosure.decide(field.db, "bundle")
    for key in ("exam", "threat", "death", "scan"):
        assert not decision.allows(ids[key]), key
    exporter.export(field, tmp_path / "b.qgb")
    assert import_(archive, tmp_path / "b.qgb").status == "merged"
    held = "\n".join(bytes(e).decode() for (e,) in archive.db.all(
        "SELECT envelope FROM versions"))
    for secret in (NAME, PHONE, FINDINGS, THREAT, DEATH):
        assert not _in(held, secret), secret
    assert not archive.blobs.has(ids["sha"])  # the scan of the conclusion stayed too


def test_a_refusal_of_medical_records_keeps_the_state_examination(
        field: Vault, tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"medical_records": "refused"})
    decision = disclosure.decide(field.db, "bundle")
    assert not decision.allows(ids["exam"]) and not decision.allows(ids["scan"])
    assert decision.allows(ids["threat"])  # not a medical record: her other answers hold


def test_the_prosecutors_report_leaves_them_out(field: Vault, tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"submit_authorities": "refused"})
    report = views.case_report(Session(field), ids["case"], photos=False)
    data = json.dumps(report, ensure_ascii=False, default=str)
    for secret in (FINDINGS, THREAT, DEATH, PHONE):
        assert secret not in data, secret


def test_the_statistics_leave_out_her_reprisal_and_death(field: Vault,
                                                         tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"statistics": "refused"})
    withheld = disclosure.withheld_of_kinds(field.db, "statistics", stats._JUDGED_KINDS)
    assert withheld is not None and {ids["threat"], ids["death"]} <= withheld
    assert {ids["threat"], ids["death"]} <= set(disclosure.decide(field.db,
                                                                  "statistics").withheld)


def test_every_field_naming_a_person_is_read_by_the_rule_or_said_why_not() -> None:
    """A kind added later with a reference to a person fails here until the rule says
    whose the record is."""
    for name, kind in schema.KINDS.items():
        for f in kind.fields:
            if getattr(f, "ref_kind", None) != "person":
                continue
            read = f.name in disclosure._OWNER_FIELDS.get(name, ())
            assert read or (name, f.name) in disclosure.NOT_OWNERS, (
                f"{name}.{f.name} names a person: add it to disclosure._OWNER_FIELDS or "
                "say in NOT_OWNERS why the record is not theirs")


# --- the same person under another spelling ---------------------------------------------

LATIN = "Nurzhamal Tastanbekova"


def _twin(field: Vault, her: str, case: str, note: str = "same woman") -> str:
    """Her second record, spelt in Latin letters (another worker, another case), linked
    to the first as the same person — as the duplicates page does."""
    from app import duplicates

    r = Records(field)
    latin = r.create("person", {"full_name": LATIN, "contact": PHONE, "roles": ["witness"],
                                "case_ids": [case]}).record_id
    duplicates.link(r, her, latin, note)
    return latin


def test_a_refusal_holds_for_her_record_under_another_spelling(
        field: Vault, archive: Vault, tmp_path: Path) -> None:
    """The attack: she refused sharing under her Cyrillic name; her Latin-spelled record,
    linked to it as the same person, went out with her telephone."""
    ids = world(field, tmp_path, {"share_coordinator": "refused"})
    r = Records(field)
    case2 = r.create("case", {"reference": "TST-9", "title": "Жалоба 2", "city": "taraz"}
                     ).record_id
    latin = _twin(field, ids["her"], case2)
    told = r.create("interview", {"case_id": case2, "interviewee_id": latin,
                                  "relation": "other_relative", "date": "2022-03-01",
                                  "account": "I saw them beat him in the yard."}).record_id
    decision = disclosure.decide(field.db, "bundle")
    assert not decision.allows(latin) and not decision.allows(told)
    exporter.export(field, tmp_path / "b.qgb")
    assert import_(archive, tmp_path / "b.qgb").status == "merged"
    held = "\n".join(bytes(e).decode() for (e,) in archive.db.all(
        "SELECT envelope FROM versions"))
    for secret in (LATIN, PHONE, "beat him in the yard"):
        assert not _in(held, secret), secret


def test_her_refusal_of_submission_holds_in_the_report_of_the_other_case(
        field: Vault, tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"submit_authorities": "refused"})
    r = Records(field)
    case2 = r.create("case", {"reference": "TST-9", "title": "Жалоба 2", "city": "taraz"}
                     ).record_id
    latin = _twin(field, ids["her"], case2)
    r.create("interview", {"case_id": case2, "interviewee_id": latin,
                           "relation": "other_relative", "date": "2022-03-01",
                           "account": "I saw them beat him.",
                           "consent": {"submit_authorities": "given"}})
    report = views.case_report(Session(field), case2, photos=False)
    data = json.dumps(report, ensure_ascii=False, default=str)
    assert LATIN not in data and PHONE not in data


def test_the_statistics_follow_the_link_too(field: Vault, tmp_path: Path) -> None:
    ids = world(field, tmp_path, {"statistics": "refused"})
    r = Records(field)
    latin = _twin(field, ids["her"], ids["case"])
    threat = r.create("reprisal", {"case_id": ids["case"], "kind": "threat",
                                   "target_id": latin, "description": "Звонили ночью."}
                      ).record_id
    fast = disclosure.withheld_of_kinds(field.db, "statistics", stats._JUDGED_KINDS)
    assert fast is not None and threat in fast
    assert threat in disclosure.decide(field.db, "statistics").withheld
