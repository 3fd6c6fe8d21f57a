"""Records from the spreadsheets organisations already keep: a messy workbook gives every
error at once and changes nothing; a clean one comes in whole, signed and audited."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from app.records import Records
from app.usecases import table_import
from app.usecases.session import Session
from storage.errors import InvalidInput
from storage.vault import Vault
from tests.conftest import CLI

MAPPING = {
    "kind": "person",
    "columns": {"ФИО": "full_name", "Дата рождения": "date_of_birth", "Пол": "gender",
                "Город": "city", "Языки": {"field": "languages", "split": ","},
                "Несовершеннолетний": "minor", "Телефон": "contact"},
    "defaults": {"roles": ["victim"]},
}


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Список пострадавших, январь 2022", None, None, None, None, None, None,
                  None])
    sheet.merge_cells("A1:H1")  # a title over the columns, as people make them
    sheet.append(["№", "ФИО", "Дата рождения", "Пол", "Город", "Языки",
                  "Несовершеннолетний", "Телефон"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


CLEAN = [
    [1, "Тлеубергенова Сауле", "16.03.1990", "ж", "Алматы", "Казахский, русский", "нет",
     "+7 701 000 0001"],
    [None, None, None, None, None, None, None, None],  # an empty row in the middle
    [2, "Dauletbek Ospanuly", 36234, "Male", "Astana", "Kazakh", "иә", 77010000002],
    [3, "Жарылқасын Нұрлан", dt.datetime(1987, 5, 2), "Муж.", "Шымкент", "орыс тілі", "0",
     None],
]


def _count(vault_path: Path) -> tuple[int, int]:
    with Vault.open(vault_path, "correct horse battery staple") as v:
        return (v.db.one("SELECT count(*) FROM versions")[0],
                v.db.one("SELECT count(*) FROM audit")[0])


def test_a_messy_workbook_reports_every_bad_cell_and_writes_nothing(vault: Vault,
                                                                    tmp_path: Path) -> None:
    rows = [*CLEAN,
            [4, "Бекмағамбет Ербол", "31.02.1991", "м", "Алматы", "Казахский", "да", None],
            [5, "Ержанова Гүлназ", "1992-07-07", "не знаю", "Алматы", "Клингонский", "может",
             None]]
    path = _workbook(tmp_path / "list.xlsx", rows)
    before = (vault.db.one("SELECT count(*) FROM versions")[0],
              vault.db.one("SELECT count(*) FROM audit")[0])
    with pytest.raises(table_import.TableRejected) as caught:
        table_import.import_table(Session(vault), path, table_import.mapping_from(MAPPING))
    where = {(p.row, p.column) for p in caught.value.problems}
    assert where == {(7, "Дата рождения"), (8, "Пол"), (8, "Языки"),
                     (8, "Несовершеннолетний")}
    assert "row 7, column «Дата рождения»: no such date: '31.02.1991'" in str(caught.value)
    assert (vault.db.one("SELECT count(*) FROM versions")[0],
            vault.db.one("SELECT count(*) FROM audit")[0]) == before


def test_a_clean_workbook_comes_in_whole_signed_and_audited(vault: Vault,
                                                           tmp_path: Path) -> None:
    path = _workbook(tmp_path / "list.xlsx", CLEAN)
    mapping = table_import.mapping_from(MAPPING)
    seen = table_import.preview(Session(vault), path, mapping)
    assert [g.cell for g in seen.guesses] == ["ж", "Муж."]  # shown to a person to confirm
    assert seen.ignored_columns == ["№"]
    done = table_import.import_table(Session(vault), path, mapping)
    records = Records(vault)
    bodies = [records.get(rid).body for rid in done.record_ids]
    assert [b["date_of_birth"] for b in bodies] == ["1990-03-16", "1999-03-15", "1987-05-02"]
    assert [b["gender"] for b in bodies] == ["female", "male", "male"]
    assert [b["city"] for b in bodies] == ["almaty", "astana", "shymkent"]
    assert bodies[0]["languages"] == ["kk", "ru"] and bodies[2]["languages"] == ["ru"]
    assert [b.get("minor") for b in bodies] == [False, True, False]
    assert bodies[1]["contact"] == "77010000002"
    assert all(b["roles"] == ["victim"] for b in bodies)
    marks = ",".join("?" * len(done.record_ids))
    authors = vault.db.all(f"SELECT DISTINCT author FROM versions WHERE record_id IN ({marks})",
                           done.record_ids)
    assert authors == [(vault.identity.device_id,)]
    entry = vault.db.one("SELECT detail FROM audit WHERE action = 'table_import'")
    detail = json.loads(entry[0])
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert detail["file"] == "list.xlsx" and sorted(detail["record_ids"]) == sorted(
        done.record_ids)


def test_people_the_vault_already_holds_are_suggested(vault: Vault, tmp_path: Path) -> None:
    Records(vault).create("person", {"full_name": "Даулетбек Оспанулы",
                                     "date_of_birth": "1999-03-15", "gender": "male"})
    path = _workbook(tmp_path / "list.xlsx", CLEAN)
    seen = table_import.preview(Session(vault), path, table_import.mapping_from(MAPPING))
    assert [d["row"] for d in seen.possible_duplicates] == [5]


def test_a_windows_csv_through_the_command_line(cli: CLI, tmp_path: Path) -> None:
    assert cli("init", str(tmp_path / "v")).returncode == 0
    text = ("ФИО;Дата рождения;Пол;Город\n"
            "Сапарова Айгерим;02.05.2007;Женский;Алматы\n"
            ";;;\n"
            "Исмаилов Тимур;05.1990;мужской;Тараз\n")
    (tmp_path / "list.csv").write_bytes(text.encode("cp1251"))
    mapping = {"kind": "person", "columns": {"ФИО": "full_name", "Дата рождения":
                                             "date_of_birth", "Пол": "gender",
                                             "Город": "city"}}
    (tmp_path / "map.json").write_text(json.dumps(mapping, ensure_ascii=False))
    before = _count(tmp_path / "v")
    dry = cli("import-table", str(tmp_path / "v"), str(tmp_path / "list.csv"),
              "--mapping", str(tmp_path / "map.json"), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["rows"] == 2
    assert _count(tmp_path / "v") == before
    done = cli("import-table", str(tmp_path / "v"), str(tmp_path / "list.csv"),
               "--mapping", str(tmp_path / "map.json"), "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["record_ids"]) == 2


def test_a_mapping_that_names_no_field_is_refused() -> None:
    with pytest.raises(InvalidInput, match="has no field"):
        table_import.mapping_from({"kind": "person", "columns": {"X": "shoe_size"}})
    with pytest.raises(InvalidInput, match="cannot be filled"):
        table_import.mapping_from({"kind": "person", "columns": {"X": "case_ids"}})


def test_the_header_row_and_the_mapping_are_guessed_from_labels(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "list.xlsx", CLEAN)
    row, headers = table_import.read_header(path)
    assert row == 2 and headers[1] == "ФИО"
    guessed = table_import.suggest_mapping("person", headers)
    assert guessed["ФИО"] == "full_name" and guessed["Дата рождения"] == "date_of_birth"
    assert guessed["Пол"] == "gender" and "№" not in guessed
    assert guessed["Город"] == "city"  # the first word of «Город проживания»
