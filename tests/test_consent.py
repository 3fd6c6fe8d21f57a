"""Consent is obeyed on every way out: the matrix answer × purpose × output channel.

Written as the attack: for each answer a mother gives about her son's story, the test
builds the real outputs (the sealed bundle decrypted with the archive's key, the archive
after import, the statistics and their CSV, the disclosure preview) and searches their
BYTES for her name, her telephone, her date of birth and a sentence of her account.
Real SQLCipher vaults, real age, real signatures; nothing is mocked.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import disclosure, exporter, stats
from app.evidence import ingest
from app.records import Records
from app.usecases import consent
from app.usecases import reports as views
from app.usecases.session import Session
from storage import audit
from storage.errors import InvalidInput
from storage.vault import Vault
from sync import bundle as b
from tests.test_bundle_kit import import_, open_copy, random_file

NAME = "Нуржамал Тастанбекова"
PHONE = "+7 701 555 0142"
BORN = "1971-04-19"
ACCOUNT = "На свидании он показал мне синяки на руках, животе и спине."
SON = "Ердаулет Тастанбеков"
SON_CODE = "A-12"
SECRETS = {"name": NAME, "phone": PHONE, "born": BORN, "account": ACCOUNT}


@pytest.fixture
def field(tmp_path: Path, pair_dir: Path) -> Iterator[Vault]:
    v = open_copy(pair_dir, "field", tmp_path / "field")
    yield v
    v.close()


@pytest.fixture
def archive(tmp_path: Path, pair_dir: Path, field: Vault) -> Iterator[Vault]:
    v = open_copy(pair_dir, "archive", tmp_path / "archive")
    yield v
    v.close()


def story(field: Vault, tmp_path: Path, interview_consent: dict[str, str] | None = None,
          *, protected_son: bool = True) -> dict[str, str]:
    """The mother's account of her son's detention, every record knowing whose it is."""
    r = Records(field)
    son = r.create("person", {"full_name": SON, "pseudonym": SON_CODE,
                              "protected": protected_son, "minor": True,
                              "date_of_birth": "2007-05-02", "gender": "male",
                              "roles": ["victim"]}).record_id
    case = r.create("case", {"reference": "TST-2022-002", "title": "Избиение в ИВС",
                             "city": "taraz", "victim_ids": [son],
                             "opened_on": "2022-02-01"}).record_id
    mother = r.create("person", {"full_name": NAME, "contact": PHONE, "date_of_birth": BORN,
                                 "gender": "female", "roles": ["relative"],
                                 "case_ids": [case]}).record_id
    interview = r.create("interview", {
        "case_id": case, "interviewee_id": mother, "relation": "mother",
        "date": "2022-02-03", "account": ACCOUNT,
        "consent": interview_consent or {"documentation": "given"}}).record_id
    incident = r.create("incident", {
        "case_id": case, "victim_ids": [son], "account_of": [mother], "date": "2022-01-30",
        "city": "taraz", "narrative": ACCOUNT + " Это было в ночь после задержания.",
        "methods": ["beating_fists_feet"]}).record_id
    complaint = r.create("complaint", {"case_id": case, "body": "prosecutor",
                                       "filed_on": "2022-02-05", "status": "filed",
                                       "on_behalf_of": [mother],
                                       "filed_by": NAME}).record_id
    photo = ingest(r, random_file(tmp_path / "letter.pdf", 900), record_id=interview)
    return {"son": son, "case": case, "mother": mother, "interview": interview,
            "incident": incident, "complaint": complaint,
            "scan": photo.version.record_id, "scan_sha": photo.sha256}


def bundle_plaintext(archive: Vault, path: Path) -> bytes:
    with path.open("rb") as src:
        return b.unseal(src, archive.identity.box_identity, lambda r: r.read())


def archive_bytes(vault: Vault) -> bytes:
    """Every place an archive keeps record text: versions, current bodies, the index."""
    db = vault.db
    parts = [bytes(e) for (e,) in db.all("SELECT envelope FROM versions")]
    parts += [t.encode() for (t,) in db.all("SELECT body || title FROM records")]
    parts += [str(row).encode() for row in db.all("SELECT * FROM search")]
    return b"\n".join(parts)


def found(data: bytes) -> set[str]:
    text = data.decode("utf-8", "replace")
    return {k for k, v in SECRETS.items() if v in text or json.dumps(v)[1:-1] in text}


# --- the rule itself ---------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "channel", "allowed"), [
    ("given", "bundle", True), ("not_asked", "bundle", True),
    ("anonymised", "bundle", False), ("refused", "bundle", False),
    ("given", "pdf", True), ("not_asked", "pdf", False), ("refused", "pdf", False),
    ("given", "csv", True), ("not_asked", "csv", False), ("refused", "csv", False),
    ("given", "statistics", True), ("not_asked", "statistics", True),
    ("refused", "statistics", False),
])
def test_answer_purpose_channel(field: Vault, tmp_path: Path, answer: str, channel: str,
                                allowed: bool) -> None:
    ids = story(field, tmp_path)
    purpose = disclosure.CHANNELS[channel]
    consent.record_consent(Session(field), ids["son"], {purpose: "given"})  # only hers varies
    consent.record_consent(Session(field), ids["mother"], {purpose: answer})
    d = disclosure.decide(field.db, channel)
    assert d.allows(ids["son"])
    mine = {"mother", "interview", "complaint", "scan"}
    for key in mine:
        assert d.allows(ids[key]) is allowed, key
    # The incident is the son's too: withheld with her, never released by her consent.
    assert d.allows(ids["incident"]) is allowed


def test_strictest_current_answer_wins(field: Vault, tmp_path: Path) -> None:
    ids = story(field, tmp_path, {"share_coordinator": "refused"})
    consent.record_consent(Session(field), ids["mother"], {"share_coordinator": "given"})
    assert not disclosure.decide(field.db, "bundle").allows(ids["mother"])
    Records(field).update(ids["interview"], {**Records(field).get(ids["interview"]).body,
                                             "consent": {"share_coordinator": "given"}})
    assert disclosure.decide(field.db, "bundle").allows(ids["mother"])
    # Deleting the refusing interview does not turn its refusal into a yes.
    Records(field).update(ids["interview"], {**Records(field).get(ids["interview"]).body,
                                             "consent": {"share_coordinator": "refused"}})
    Records(field).delete(ids["interview"], "entered twice")
    assert not disclosure.decide(field.db, "bundle").allows(ids["mother"])


def test_a_change_is_a_signed_audited_version(field: Vault, tmp_path: Path) -> None:
    ids = story(field, tmp_path)
    rid = consent.record_consent(Session(field), ids["mother"], {"publication": "anonymised"},
                                 given_on="2022-02-03", recorded_by="Адвокат", reason="asked")
    again = consent.record_consent(Session(field), ids["mother"], {"share_coordinator": "refused"},
                                   reason="she called: withdrawn")
    assert again == rid
    rec = Records(field).get(rid)
    assert rec.body["consent"] == {"publication": "anonymised", "share_coordinator": "refused"}
    assert len(Records(field).history(rid)) == 2
    changes = audit.entries(field.db, action="consent_change")
    assert [c["detail"]["reason"] for c in changes] == ["she called: withdrawn", "asked"]
    by_purpose = {r["purpose"]: r["answer"]
                  for r in consent.consent_of(Session(field), ids["mother"])}
    assert by_purpose["share_coordinator"] == "refused"
    assert by_purpose["publication"] == "anonymised"


@pytest.mark.parametrize("answers", [{"share": "refused"}, {"publication": "maybe"}, {}])
def test_bad_answers_change_nothing(field: Vault, tmp_path: Path,
                                    answers: dict[str, str]) -> None:
    ids = story(field, tmp_path)
    before = field.db.one("SELECT count(*) FROM versions")[0]
    with pytest.raises(InvalidInput):
        consent.record_consent(Session(field), ids["mother"], answers)
    assert field.db.one("SELECT count(*) FROM versions")[0] == before


# --- bundle and archive: the bytes ---------------------------------------------------------


@pytest.mark.parametrize(("answer", "leaves"), [
    ("given", True), ("not_asked", True), ("anonymised", False), ("refused", False)])
def test_bundle_and_archive_bytes(tmp_path: Path, field: Vault, archive: Vault, answer: str,
                                  leaves: bool) -> None:
    ids = story(field, tmp_path, {"share_coordinator": answer})
    report = exporter.export(field, tmp_path / "b.qgb")
    plain = bundle_plaintext(archive, tmp_path / "b.qgb")
    assert import_(archive, tmp_path / "b.qgb").status == "merged"
    held = archive_bytes(archive)
    if leaves:
        assert found(plain) == found(held) == set(SECRETS)
        assert archive.blobs.has(ids["scan_sha"])
    else:
        assert found(plain) == found(held) == set()
        assert not archive.blobs.has(ids["scan_sha"])
        assert {w["record_id"] for w in report.withheld} >= {
            ids[k] for k in ("mother", "interview", "incident", "complaint", "scan")}
        # Her son's own record is his: it travels unless his consent (often given by
        # her, for a minor) says otherwise.
        assert SON in held.decode("utf-8", "replace")


def test_dry_run_lists_what_goes_and_what_stays(tmp_path: Path, field: Vault) -> None:
    ids = story(field, tmp_path, {"share_coordinator": "refused"})
    out = tmp_path / "b.qgb"
    report = exporter.export(field, out, dry_run=True, lang="ru")
    assert not out.exists() and not report.written
    assert field.db.one("SELECT count(*) FROM sync_exports")[0] == 0
    (stays,) = report.preview["withheld"]
    assert stays["person_id"] == ids["mother"] and stays["answer"] == "refused"
    assert "Передача координатору коалиции: Отказ" in stays["text"]
    assert NAME in stays["text"]  # the lawyer sees whose records stay on the laptop
    assert report.preview["goes"]["case"] == 1 and "interview" not in report.preview["goes"]


def test_cli_dry_run_and_consent(tmp_path: Path, cli: Any) -> None:
    vault = str(tmp_path / "v")
    archive = str(tmp_path / "a")
    assert cli("init", vault).returncode == 0
    assert cli("init", "--archive", archive).returncode == 0
    card = json.loads(cli("identity", archive, "--out", str(tmp_path / "a.card"),
                          "--json").stdout)
    assert cli("trust", vault, str(tmp_path / "a.card"), "--fingerprint",
               card["fingerprint"]).returncode == 0
    records = {"format": "qorgau-records", "version": 1, "records": [
        {"kind": "person", "ref": "m", "body": {"full_name": NAME, "contact": PHONE}},
        {"kind": "case", "ref": "c", "body": {"title": "Дело"}},
        {"kind": "interview", "body": {"case_id": "@c", "interviewee_id": "@m",
                                       "account": ACCOUNT}}]}
    (tmp_path / "r.json").write_text(json.dumps(records), "utf-8")
    assert cli("add", vault, str(tmp_path / "r.json")).returncode == 0
    listed = json.loads(cli("list", vault, "--kind", "person", "--json").stdout)
    person = listed[0]["record_id"] if isinstance(listed, list) else listed["records"][0][
        "record_id"]
    bad = cli("consent", vault, person, "--set", "share_coordinator=perhaps")
    assert bad.returncode == 4 and "unknown consent answer" in bad.stderr
    done = cli("consent", vault, person, "--set", "share_coordinator=refused", "--reason",
               "withdrawn by phone", "--json")
    assert done.returncode == 0, done.stderr
    assert {r["purpose"]: r["answer"] for r in json.loads(done.stdout)}[
        "share_coordinator"] == "refused"
    dry = cli("export", vault, "--out", str(tmp_path / "b.qgb"), "--dry-run")
    assert dry.returncode == 0 and not (tmp_path / "b.qgb").exists()
    assert "withheld:" in dry.stdout and NAME in dry.stdout
    assert "Sharing with the coalition coordinator: Refused" in dry.stdout
    shown = json.loads(cli("disclosure", vault, "--for", "pdf", "--lang", "kk",
                           "--json").stdout)
    assert shown["withheld"][0]["person_id"] == person and "Бас тартты" in shown["withheld"][
        0]["text"]
    assert cli("disclosure", vault, "--for", "press").returncode == 2
    assert "nobody has withdrawn" not in cli("withdrawn", vault).stdout
    assert cli("withdrawn", vault, "--purge", person).returncode == 4  # no reason given


# --- statistics and CSV --------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "counted"), [
    ("given", True), ("not_asked", True), ("anonymised", True), ("refused", False)])
def test_statistics_count_unless_refused(tmp_path: Path, field: Vault, answer: str,
                                         counted: bool) -> None:
    ids = story(field, tmp_path)
    consent.record_consent(Session(field), ids["son"], {"statistics": answer})
    s = stats.Stats(field.db)
    complaints = s.tables(["status_by_city"])[0]
    total = complaints.rows[-1][-1]
    assert total == (1 if counted else 0)
    text = "".join(stats.csv_text(t) for t in s.tables())
    assert not found(text.encode()) and SON not in text
    rows = list(csv.reader(io.StringIO(stats.csv_text(complaints))))
    assert rows[-1][-1] == str(1 if counted else 0)  # the CSV says what the table says


# --- withdrawal travels, the archive withholds and offers to purge -----------------------


def test_withdrawal_travels_and_archive_purges(tmp_path: Path, field: Vault,
                                               archive: Vault) -> None:
    ids = story(field, tmp_path, {"share_coordinator": "given",
                                  "submit_authorities": "given"})
    exporter.export(field, tmp_path / "b1.qgb")
    import_(archive, tmp_path / "b1.qgb")
    assert found(archive_bytes(archive)) == set(SECRETS)
    report = views.case_report(Session(archive), ids["case"], photos=False)
    assert ids["mother"] in {p["record_id"] for p in report["groups"]["person"]}

    consent.record_consent(Session(field), ids["mother"], {"share_coordinator": "refused"},
                           reason="she asked by phone")
    second = exporter.export(field, tmp_path / "b2.qgb")
    plain = bundle_plaintext(archive, tmp_path / "b2.qgb")
    assert found(plain) == set() and b'"kind":"consent"' in plain  # the withdrawal travels
    assert ids["mother"] in {w["person_id"] for w in second.withheld}
    import_(archive, tmp_path / "b2.qgb")

    # Every output of the archive now withholds her.
    for channel in ("pdf", "csv", "bundle"):
        d = disclosure.decide(archive.db, channel)
        assert not d.allows(ids["mother"]) and not d.allows(ids["interview"]), channel
    report = views.case_report(Session(archive), ids["case"], photos=False)
    flat = json.dumps(report, ensure_ascii=False, default=str)
    assert not found(flat.encode()), found(flat.encode())
    assert ("share_coordinator", "refused") in {(w["purpose"], w["answer"])
                                                for w in report["withheld"]}

    (offer,) = consent.withdrawn(Session(archive))
    assert offer["person_id"] == ids["mother"]
    with pytest.raises(InvalidInput):
        consent.purge_withdrawn(Session(archive), ids["mother"], "  ")
    counts = consent.purge_withdrawn(Session(archive), ids["mother"],
                                     "her withdrawal of 2022-03-01")
    assert counts == {ids["mother"]: len(offer["records"])}
    assert found(archive_bytes(archive)) == set()
    assert not archive.blobs.has(ids["scan_sha"])
    (entry,) = audit.entries(archive.db, action="consent_purge")
    assert entry["detail"]["reason"] == "her withdrawal of 2022-03-01"
    assert consent.withdrawn(Session(archive)) == []
    # The consent record stays: the proof of the withdrawal.
    assert archive.db.one("SELECT count(*) FROM records WHERE kind = 'consent'")[0] == 1


# --- protected identity: the duplicates page ------------------------------------------------


def test_duplicate_reasons_do_not_reveal_a_protected_name(field: Vault) -> None:
    from app import duplicates

    r = Records(field)
    hidden = r.create("person", {"full_name": SON, "pseudonym": SON_CODE, "protected": True,
                                 "date_of_birth": "2007-05-02", "gender": "male"}).record_id
    r.create("person", {"full_name": "Yerdaulet Tastanbekov", "date_of_birth": "2007-05-02",
                        "gender": "male"})
    (pair,) = duplicates.suggest(field.db)
    assert pair.reasons == (duplicates.PROTECTED_REASON,)
    from app.usecases import people

    rows = people.duplicate_suggestions(Session(field))
    side = rows[0]["a"] if rows[0]["a"]["record_id"] == hidden else rows[0]["b"]
    flat = json.dumps(side, ensure_ascii=False)
    assert SON not in flat and "2007-05-02" not in flat and SON_CODE in flat


# --- the demo exercises each answer ----------------------------------------------------------


def test_demo_families_exercise_each_answer(field: Vault) -> None:
    from app import demo

    demo.populate(field, cases=1, photos=False)

    def person(name: str) -> str:
        return field.db.one("SELECT record_id FROM records WHERE kind = 'person' AND"
                            " json_extract(body, '$.full_name') = ?", (name,))[0]

    bundle, pdf = disclosure.decide(field.db, "bundle"), disclosure.decide(field.db, "pdf")
    statistics = disclosure.decide(field.db, "statistics")
    assert bundle.allows(person("Айжан Сейтказиева")) and pdf.named(person("Айжан Сейтказиева"))
    assert person("Гаухар Оразалина") in pdf.anonymous
    assert not pdf.allows(person("Динара Кенжебекова"))  # never asked: not submitted
    assert bundle.allows(person("Динара Кенжебекова"))
    for refused in ("Сауле Байтасова", "Алихан Байтасов", "Жанар Мусабекова"):
        assert not bundle.allows(person(refused)), refused
    assert not statistics.allows(person("Лаура Жолдасбекова"))
    withdrawal = consent.consent_record_id(Session(field), person("Жанар Мусабекова"))
    assert len(Records(field).history(withdrawal)) == 2
