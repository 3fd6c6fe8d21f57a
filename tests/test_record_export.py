"""Record tables out of the vault: consent and protected identities obeyed in the bytes of
every file, labels in the reader's language, nothing a spreadsheet would execute."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import openpyxl
import pytest

from app.filters import Filters
from app.record_tables import Scope
from app.records import Records
from app.usecases import record_export
from app.usecases.session import Session
from storage.errors import InvalidInput
from storage.vault import Vault
from tests.conftest import CLI, new_vault

SECRET_NAME = "Сапаров Ержан"
SECRET_PHONE = "+7 701 555 0199"
REFUSED_ACCOUNT = "Сына били дубинкой по пяткам в подвале"
REFUSED_NAME = "Нурланова Гульнар"


def _fill(vault: Vault) -> dict[str, str]:
    r = Records(vault)
    case = r.create("case", {"title": "Дело Каспийск", "city": "almaty",
                             "opened_on": "2024-03-16"}).record_id
    other = r.create("case", {"title": "Дело Тараз", "city": "taraz"}).record_id
    boy = r.create("person", {"full_name": SECRET_NAME, "pseudonym": "A-12", "protected": True,
                              "contact": SECRET_PHONE, "gender": "male",
                              "case_ids": [case]}).record_id
    # The mother refused sharing: her interview and her own record stay (app.disclosure).
    mother = r.create("person", {"full_name": REFUSED_NAME, "gender": "female",
                                 "case_ids": [case]}).record_id
    r.create("interview", {"case_id": case, "interviewee_id": mother,
                           "account": REFUSED_ACCOUNT,
                           "consent": {"share_coordinator": "refused"}})
    sister = r.create("person", {"full_name": "Нурланова Дана", "gender": "female",
                                 "contact": "=HYPERLINK(\"http://x\",\"звонок\")",
                                 "case_ids": [case]}).record_id
    r.create("person", {"full_name": "Омаров Бекзат", "case_ids": [other]})
    return {"case": case, "boy": boy, "mother": mother, "sister": sister}


def test_xlsx_in_russian_obeys_consent_and_masks_the_protected(vault: Vault,
                                                              tmp_path: Path) -> None:
    ids = _fill(vault)
    out = tmp_path / "records.xlsx"
    done = record_export.export_records(Session(vault), out, "xlsx",
                                        Scope(filters=Filters(city="almaty")), "ru")
    assert done.withheld == 2 and done.counts == {"case": 1, "person": 2}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = openpyxl.load_workbook(out)
    assert set(book.sheetnames) == {"Дело", "Человек"}
    people = book["Человек"]
    head = [c.value for c in people[1]]
    assert "ФИО" in head and "Пол" in head
    cells = [c.value for row in book.worksheets for line in row.iter_rows() for c in line]
    text = " ".join(str(v) for v in cells if v is not None)
    for secret in (SECRET_NAME, "Сапаров", SECRET_PHONE, REFUSED_ACCOUNT, REFUSED_NAME):
        assert secret not in text
    assert "A-12" in text and "Нурланова Дана" in text
    assert "Омаров" not in text  # another city's case is out of scope
    rows = {r[0]: r for r in people.iter_rows(min_row=2, values_only=True)}
    gender = head.index("Пол")
    assert rows[ids["sister"]][gender] == "Женский"
    assert rows[ids["sister"]][gender - 1] == "female"  # the code beside the label
    contact = rows[ids["sister"]][head.index("Контактные данные")
                                  if "Контактные данные" in head else -1]
    assert isinstance(contact, str) and contact.startswith("'=")  # text, never a formula
    cases = list(book["Дело"].iter_rows(min_row=2, values_only=True))
    assert dt.date(2024, 3, 16) in [v.date() if isinstance(v, dt.datetime) else v
                                    for v in cases[0]]
    entry = json.loads(vault.db.one(
        "SELECT detail FROM audit WHERE action = 'records_export'")[0])
    assert entry["withheld"] == 2 and entry["format"] == "xlsx"


def test_csv_bytes_hold_no_refused_or_protected_words(cli: CLI, tmp_path: Path) -> None:
    assert cli("init", str(tmp_path / "v")).returncode == 0
    with Vault.open(tmp_path / "v", "correct horse battery staple") as vault:
        _fill(vault)
    dry = cli("export-records", str(tmp_path / "v"), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {"rows": {"case": 2, "person": 3}, "withheld": 2}
    assert not (tmp_path / "csv").exists()
    done = cli("export-records", str(tmp_path / "v"), "--format", "csv", "--lang", "kk",
               "--out", str(tmp_path / "csv"))
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    data = b"".join(p.read_bytes() for p in (tmp_path / "csv").iterdir())
    for secret in (SECRET_NAME, SECRET_PHONE, REFUSED_ACCOUNT, REFUSED_NAME):
        assert secret.encode() not in data
    assert "Нурланова Дана".encode() in data
    again = cli("export-records", str(tmp_path / "v"), "--format", "csv",
                "--out", str(tmp_path / "csv"))
    assert again.returncode == 4  # never overwrites


def test_unknown_format_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        record_export.export_records(Session(vault), tmp_path / "x.ods", "ods", Scope(), "en")
    assert not (tmp_path / "x.ods").exists()
    assert vault.db.one("SELECT count(*) FROM audit WHERE action = 'records_export'")[0] == 0


@pytest.mark.parametrize(("fmt", "lang", "name"), [
    ("xlsx", "kk", "people.xlsx"),  # the desktop dialog's default: date cells, code-and-label
    ("csv", "ru", "tables/person.csv"),
])
def test_records_go_out_and_come_back_the_same(vault: Vault, tmp_path: Path, fmt: str,
                                                lang: str, name: str) -> None:
    """The round trip: a record table written in each format, read back by the
    spreadsheet import into a fresh vault, gives the same bodies."""
    from app.usecases import table_import

    r = Records(vault)
    bodies = [
        {"full_name": "Тлеубергенова Сауле", "date_of_birth": "1990-03-16", "gender": "female",
         "city": "almaty", "languages": ["kk", "ru"], "minor": False,
         "contact": "+7 701 000 0001", "notes": "=ложь? Сестра задержанного; «Қаңтар» 2022"},
        {"full_name": "Dauletbek Ospanuly", "date_of_birth": "1999-03", "gender": "male",
         "city": "astana", "disability": True, "age": 24},
    ]
    for body in bodies:
        r.create("person", body)
    out = tmp_path / name.split("/")[0]
    record_export.export_records(Session(vault), out, fmt, Scope(kinds=("person",)), lang)
    table = tmp_path / name
    fresh = new_vault(tmp_path / "fresh", name="New")
    with fresh:
        _row, headers = table_import.read_header(table)
        mapping = table_import.mapping_from({"kind": "person", "columns":
                                             table_import.suggest_mapping("person", headers)})
        done = table_import.import_table(Session(fresh), table, mapping)
        back = [Records(fresh).get(rid).body for rid in done.record_ids]
    # The formula guard's apostrophe is a spreadsheet's, not the text's: it comes back off.
    assert sorted(back, key=lambda b: b["full_name"]) == sorted(
        bodies, key=lambda b: b["full_name"])


def test_uwazi_pack_follows_the_importer_rules(vault: Vault, tmp_path: Path) -> None:
    import csv
    import io

    ids = _fill(vault)
    Records(vault).update(ids["sister"], {**Records(vault).get(ids["sister"]).body,
                                          "languages": ["kk", "ru"], "minor": False,
                                          "date_of_birth": "1971-05"})
    # A publication: the sister agreed, the boy agreed without his name, the others were
    # not asked (so they are not published).
    Records(vault).create("consent", {"person_id": ids["sister"],
                                      "consent": {"publication": "given"}})
    Records(vault).create("consent", {"person_id": ids["boy"],
                                      "consent": {"publication": "anonymised"}})
    out = tmp_path / "uwazi"
    done = record_export.export_records(Session(vault), out, "uwazi", Scope(), "ru")
    assert done.format == "uwazi"
    people = list(csv.reader(io.StringIO((out / "people.csv").read_text("utf-8"))))
    head = people[0]
    assert head[0] == "title" and "date_of_birth_as_recorded" in head
    rows = {r[0]: dict(zip(head, r, strict=True)) for r in people[1:]}
    mother = rows["Нурланова Дана"]
    assert mother["languages"] == "Казахский|Русский"  # multi-select: labels joined by |
    assert mother["minor"] == "Нет" and mother["gender"] == "Женский"
    assert mother["date_of_birth"] == "" and mother["date_of_birth_as_recorded"] == "1971-05"
    assert rows["A-12"]["full_name"] == "" and rows["A-12"]["contact"] == ""
    assert all(r["case_ids"] in ("Дело Каспийск", "Дело Тараз") for r in rows.values())
    cases = list(csv.reader(io.StringIO((out / "cases.csv").read_text("utf-8"))))
    assert cases[0][0] == "title" and "opened_on" in cases[0]
    opened = cases[1][cases[0].index("opened_on")]
    assert (cases[1][0], opened) == ("Дело Каспийск", "2024/03/16")
    gender = list(csv.reader(io.StringIO((out / "thesauri" / "gender.csv").read_text())))
    assert gender[0] == ["ru", "en", "kk"] and ["Женский", "Female", "Әйел"] in gender
    data = b"".join(p.read_bytes() for p in out.rglob("*.csv"))
    for secret in (SECRET_NAME, SECRET_PHONE, REFUSED_ACCOUNT):
        assert secret.encode() not in data
    assert "Омаров".encode() not in data and REFUSED_NAME.encode() not in data


def test_a_new_folder_takes_the_next_free_name(tmp_path: Path) -> None:
    """The desktop puts a pack in a new folder of the chosen one: "records", then
    records-2, records-3… (nothing already there is written into)."""
    assert record_export.free_folder_name(tmp_path, "записи") == "записи"
    (tmp_path / "записи").mkdir()
    assert record_export.free_folder_name(tmp_path, "записи") == "записи-2"
    (tmp_path / "записи-2").write_bytes(b"")  # a file of that name counts too
    assert record_export.free_folder_name(tmp_path, "записи") == "записи-3"
