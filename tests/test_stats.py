"""Statistics over an archive: exact figures on a small archive with known counts.

The archive reproduces the pattern of the figures coordinators publish (domain.md):
of the complaints registered after January 2022, 33 of 33 from Taraz and 31 of 46 from
Almaty had been closed, 11 of 11 from Kyzylorda. Around them: records that must not
count (a draft, a deleted complaint, one filed before the period, an old version).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import stats, vocab
from app.filters import city_code
from app.records import Records
from app.stats import Filters, Stats
from storage import errors
from storage.errors import InvalidInput
from tests.conftest import CLI, PASSPHRASE

PERIOD = Filters(date_from="2022-02-01", date_to="2022-12-31")

# (city given on the complaint or None, status, how many, months filed in 2022, cycling)
TARAZ = [("closed_no_corpus_delicti", 20), ("closed_no_evidence", 8),
         ("registration_refused", 5)]
ALMATY = [("closed_no_corpus_delicti", 25), ("amnesty", 6), ("investigation_opened", 10),
          ("sent_to_court", 4)]  # + 1 more below: no city of its own, case in Almaty
KYZYLORDA = [("closed_no_evidence", 11)]


def _create(records: Records, items: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [v.record_id for v in records.create_many(items)]


def build(records: Records) -> dict[str, Any]:
    """A small archive; returns the ids the tests need."""
    ids: dict[str, Any] = {}
    f_taraz, f_almaty, f_evil = _create(records, [
        ("facility", {"name": "ИВС ДП Жамбылской области", "code": "IVS-TRZ", "type": "ivs",
                      "city": "taraz"}),
        ("facility", {"name": "СИЗО 155/18, корпус 2", "type": "sizo", "city": "almaty"}),
        ("facility", {"name": "=HYPERLINK(\"http://x\")", "city": "almaty"}),
    ])
    ids["facilities"] = (f_taraz, f_almaty, f_evil)
    people = _create(records, [
        ("person", {"full_name": "Айгүл Нұрланқызы", "gender": "female"}),          # 0 woman
        ("person", {"full_name": "Данияр Ержанов", "gender": "male", "minor": True}),  # 1 minor
        ("person", {"pseudonym": "A-17", "protected": True, "full_name": "Гүлнар Сейтқали",
                    "gender": "female", "minor": True}),                          # 2 girl
        ("person", {"full_name": "Ерлан Сапаров", "gender": "male"}),              # 3 man
        ("person", {"full_name": "Марат Оспанов", "gender": "male"}),              # 4 incident
        ("person", {"full_name": "Удалённый Человек", "gender": "female"}),        # 5 deleted
    ])
    ids["people"] = people
    case_taraz, case_almaty, case_kyzylorda = _create(records, [
        ("case", {"title": "Тараз, ИВС", "city": "taraz", "opened_on": "2022-02-10",
                  "victim_ids": [people[0], people[1], people[5]]}),
        ("case", {"title": "Алматы, январь", "city": "almaty", "opened_on": "2022-01-20",
                  "victim_ids": [people[2], people[3], people[0]]}),
        ("case", {"title": "Кызылорда", "city": "kyzylorda", "opened_on": "2022-03-01"}),
    ])
    ids["cases"] = (case_taraz, case_almaty, case_kyzylorda)
    _create(records, [
        ("incident", {"case_id": case_taraz, "date": "2022-02-05", "facility_id": f_taraz,
                      "victim_ids": [people[4]],
                      "methods": ["beating_fists_feet", "suffocation_plastic_bag"]}),
        ("incident", {"case_id": case_taraz, "date": "2022-02-06",
                      "methods": ["beating_fists_feet"]}),
        ("incident", {"case_id": case_almaty, "date": "2022-01-06", "city": "almaty",
                      "methods": ["beating_fists_feet", "cold_water_outdoors"]}),
        ("incident", {"case_id": case_almaty, "date": "2021-06-01", "city": "almaty",
                      "methods": ["electric_shocks"]}),  # before the period
        ("detention", {"case_id": case_almaty, "person_id": people[2],
                       "facility_id": f_almaty}),
        ("detention", {"case_id": case_kyzylorda, "person_id": people[3],
                       "facility_id": f_evil}),
    ])
    complaints: list[tuple[str, dict[str, Any]]] = []

    def add(case: str, city: str | None, spec: list[tuple[str, int]], months: int) -> None:
        n = 0
        for status, count in spec:
            for _ in range(count):
                body = {"case_id": case, "body": "prosecutor", "status": status,
                        "filed_on": f"2022-{2 + n % months:02d}-{1 + n % 28:02d}"}
                if city:
                    body["city"] = city
                complaints.append(("complaint", body))
                n += 1

    add(case_taraz, "taraz", TARAZ, 3)          # Feb, Mar, Apr
    add(case_almaty, "almaty", ALMATY, 5)       # Feb..Jun
    add(case_almaty, None, [("sent_to_court", 1)], 1)  # city from its case
    add(case_kyzylorda, "kyzylorda", KYZYLORDA, 1)
    # Must not count in the period: a draft, one filed in 2021, one deleted, and the old
    # version of one whose status changed.
    complaints += [
        ("complaint", {"case_id": case_taraz, "body": "prosecutor", "status": "draft",
                       "city": "taraz", "filed_on": "2022-05-01"}),
        ("complaint", {"case_id": case_taraz, "body": "prosecutor", "city": "taraz",
                       "status": "closed_no_evidence", "filed_on": "2021-12-30"}),
        ("complaint", {"case_id": case_taraz, "body": "court", "city": "taraz",
                       "status": "registered", "filed_on": "2022-03-03"}),
        ("complaint", {"case_id": case_taraz, "body": "ombudsman", "city": "taraz",
                       "filed_on": "2023-01-15"}),  # after the period, no status
    ]
    created = _create(records, complaints)
    deleted_complaint = created[-2]
    records.delete(deleted_complaint, "entered twice")
    records.delete(people[5], "entered by mistake")
    # One Almaty complaint moved from "registered" to "amnesty": the new status counts.
    first_almaty = created[sum(n for _, n in TARAZ) + 25]  # the first "amnesty" one
    body = records.get(first_almaty).body
    records.update(first_almaty, {**body, "status": "registered"})
    records.update(first_almaty, {**body, "status": "amnesty"})
    ids["complaints"] = created
    return ids


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, Any]]]:
    from storage.vault import Vault

    vault, _ = Vault.create(tmp_path_factory.mktemp("archive") / "vault", PASSPHRASE,
                            name="Coordinator", role="archive")
    try:
        ids = build(Records(vault))
        yield vault, ids
    finally:
        vault.close()


def table(archive: tuple[Any, dict[str, Any]], name: str, filters: Filters = PERIOD,
          lang: str = "en") -> stats.Table:
    return Stats(archive[0].db, filters, lang).tables([name])[0]


# -- the grouping ---------------------------------------------------------------------


def test_every_complaint_status_has_one_group() -> None:
    codes = set(vocab.load("complaint_status").codes)
    assert set(stats.STATUS_GROUP) == codes
    assert set(stats.STATUS_GROUP.values()) <= set(stats.GROUP_LABELS)
    assert all(stats.STATUS_GROUP[s] == stats.CLOSED for s in stats.LACK_OF_EVIDENCE)
    assert stats.status_group("retired_code") == stats.OTHER
    assert stats.status_group(None) == stats.UNKNOWN


# -- complaints -----------------------------------------------------------------------


def test_closed_rate_per_city_reproduces_the_published_figures(archive: Any) -> None:
    t = table(archive, "closed_by_city")
    assert t.row("taraz") == {"city": "taraz", "city_label": "Taraz", "complaints": 33,
                              "closed": 33, "closed_pct": 100.0}
    almaty = t.row("almaty")
    assert (almaty["complaints"], almaty["closed"], almaty["closed_pct"]) == (46, 31, 67.4)
    assert t.row("kyzylorda")["closed"] == 11 and t.row("kyzylorda")["complaints"] == 11
    total = t.row(stats.TOTAL)
    assert (total["complaints"], total["closed"], total["closed_pct"]) == (90, 75, 83.3)
    assert [r[0] for r in t.rows] == ["almaty", "taraz", "kyzylorda", stats.TOTAL]


def test_filters_change_the_figures(archive: Any) -> None:
    everything = table(archive, "closed_by_city", Filters())
    # Without the period: the 2021 complaint (closed) and the 2023 one (no status) count;
    # the draft and the deleted one never do.
    assert everything.row("taraz")["complaints"] == 35
    assert everything.row("taraz")["closed"] == 34
    taraz_only = table(archive, "closed_by_city", Filters("2022-02-01", "2022-12", "taraz"))
    assert [r[0] for r in taraz_only.rows] == ["taraz", stats.TOTAL]
    assert taraz_only.row(stats.TOTAL)["complaints"] == 33
    f_almaty = archive[1]["facilities"][1]
    by_facility = table(archive, "closed_by_city",
                        Filters("2022-02-01", "2022-12-31", facility_id=f_almaty.upper()))
    assert [r[0] for r in by_facility.rows] == ["almaty", stats.TOTAL]
    assert by_facility.row("almaty")["complaints"] == 46
    march = table(archive, "closed_by_city", Filters("2022-03", "2022-03"))
    assert march.row(stats.TOTAL)["complaints"] == 11 + 9  # Taraz 11, Almaty 9


def test_status_by_city(archive: Any) -> None:
    t = table(archive, "status_by_city")
    taraz = t.row("taraz")
    assert (taraz["closed_no_corpus_delicti"], taraz["closed_no_evidence"],
            taraz["registration_refused"], taraz["complaints"]) == (20, 8, 5, 33)
    assert taraz["amnesty"] == 0
    almaty = t.row("almaty")
    assert (almaty["amnesty"], almaty["sent_to_court"], almaty["investigation_opened"]) == (
        6, 5, 10)
    assert "draft" not in t.keys and "registered" not in t.keys
    total = t.row(stats.TOTAL)
    assert total["complaints"] == 90
    assert sum(total[s] for s in t.keys[2:-1]) == 90


def test_by_month(archive: Any) -> None:
    t = table(archive, "by_month")
    months = {r[0]: r[2] for r in t.rows}
    # Taraz: 33 over Feb–Apr (11 each); Almaty 45 over Feb–Jun (9 each) + 1 in Feb;
    # Kyzylorda 11 in Feb.
    assert months == {"2022-02": 11 + 9 + 1 + 11, "2022-03": 20, "2022-04": 20,
                      "2022-05": 9, "2022-06": 9, stats.TOTAL: 90}
    feb = t.row("2022-02")
    assert feb["closed"] + feb["pending"] + feb["court"] == feb["complaints"]


def test_by_facility_goes_through_the_case(archive: Any) -> None:
    f_taraz, f_almaty, f_evil = archive[1]["facilities"]
    t = table(archive, "by_facility")
    assert t.row(f_taraz)["complaints"] == 33 and t.row(f_taraz)["closed"] == 33
    assert t.row(f_taraz)["facility_label"] == "ИВС ДП Жамбылской области (IVS-TRZ)"
    assert t.row(f_almaty)["complaints"] == 46 and t.row(f_almaty)["court"] == 5
    assert t.row(f_evil)["complaints"] == 11  # Kyzylorda, through a detention
    assert [r[0] for r in t.rows] == [f_almaty, f_taraz, f_evil, stats.TOTAL]
    csv = stats.csv_text(t)
    assert '"\'=HYPERLINK(""http://x"")"' in csv and "\r\n=" not in csv and ",=" not in csv
    assert t.row(stats.TOTAL)["complaints"] == 90


def test_lack_of_evidence_rates(archive: Any) -> None:
    t = table(archive, "lack_of_evidence_by_city")
    taraz = t.row("taraz")
    assert (taraz["closed_no_corpus_delicti"], taraz["closed_no_evidence"],
            taraz["lack_of_evidence"], taraz["lack_of_evidence_pct"],
            taraz["lack_of_evidence_closed_pct"]) == (20, 8, 28, 84.8, 84.8)
    almaty = t.row("almaty")
    assert (almaty["lack_of_evidence"], almaty["lack_of_evidence_pct"],
            almaty["lack_of_evidence_closed_pct"]) == (25, 54.3, 80.6)
    total = t.row(stats.TOTAL)
    assert (total["lack_of_evidence"], total["complaints"], total["closed"]) == (64, 90, 75)


# -- victims and methods --------------------------------------------------------------


def test_victims_women_and_minors(archive: Any) -> None:
    t = table(archive, "victims_by_city", Filters())
    taraz = t.row("taraz")  # Айгүл (woman), Данияр (minor), Марат (incident); not the deleted
    assert (taraz["victims"], taraz["women"], taraz["minors"], taraz["girls"]) == (3, 1, 1, 0)
    almaty = t.row("almaty")  # A-17 (girl), Ерлан, Айгүл again
    assert (almaty["victims"], almaty["women"], almaty["minors"], almaty["girls"]) == (
        3, 2, 1, 1)
    total = t.row(stats.TOTAL)  # Айгүл counted once
    assert (total["victims"], total["women"], total["minors"], total["women_pct"]) == (
        5, 2, 2, 40.0)
    in_period = table(archive, "victims_by_city")  # the Almaty case opened in January
    assert [r[0] for r in in_period.rows] == ["taraz", stats.TOTAL]


def test_methods(archive: Any) -> None:
    t = table(archive, "methods", Filters(date_from="2022"))
    assert t.row("beating_fists_feet")["incidents"] == 3
    assert t.row("beating_fists_feet")["incidents_pct"] == 100.0
    assert t.row("suffocation_plastic_bag")["incidents"] == 1
    assert "electric_shocks" not in [r[0] for r in t.rows]  # 2021
    assert t.rows[0][0] == "beating_fists_feet"  # most frequent first
    by_city = table(archive, "methods_by_city", Filters())
    beating = by_city.row("beating_fists_feet")
    assert (beating["taraz"], beating["almaty"], beating["incidents"]) == (2, 1, 3)
    assert by_city.row("electric_shocks")["almaty"] == 1
    # An incident without a facility of its own takes its case's: both Taraz ones count.
    only_f = table(archive, "methods", Filters(facility_id=archive[1]["facilities"][0]))
    assert only_f.row("beating_fists_feet")["incidents"] == 2
    assert only_f.row(stats.TOTAL)["incidents"] == 2


def test_labels_in_the_requested_language(archive: Any) -> None:
    t = table(archive, "status_by_city", lang="ru")
    assert t.row("taraz")["city_label"] == "Тараз"
    labels = {c.key: c.label for c in t.columns}
    assert labels["closed_no_evidence"] == "Прекращено за недостаточностью доказательств"
    assert labels["complaints"] == "Жалобы"
    assert t.title == "Жалобы по статусу и городу"
    assert t.row(stats.TOTAL)["city_label"] == "Итого"
    kk = table(archive, "methods", lang="kk")
    assert kk.row("beating_fists_feet")["method_label"] == "Жұдырықпен және аяқпен ұру"
    assert kk.title == "Азаптау және қатыгездік әдістері"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_english_heading_in_russian_or_kazakh(archive: Any, lang: str) -> None:
    # Every fixed heading goes through the translation tables: a heading added without
    # its translation shows up here as Latin letters ("ID" is the interface's word).
    for t in stats.tables(archive[0].db, lang=lang):
        texts = [t.title, *(c.label for c in t.columns),
                 *(r[1] for r in t.rows if isinstance(r[1], str) and str(r[0]).startswith("_"))]
        texts += [r[1] for r in t.rows if t.name in ("attrition", "victims_profile",
                                                     "detention_hours")]
        for text in texts:
            assert not re.search(r"[A-Za-z]{2,}", text.replace("ID", "")), (t.name, text)


def test_every_table_and_bad_filters(archive: Any) -> None:
    all_tables = stats.tables(archive[0].db, PERIOD)
    assert [t.name for t in all_tables] == list(stats.TABLES)
    for t in all_tables:
        assert t.title and t.rows
        assert all(len(r) == len(t.columns) for r in t.rows)
        json.dumps(t.to_dict())
    with pytest.raises(InvalidInput):
        Filters(date_from="2022-13-01")
    with pytest.raises(InvalidInput):
        Filters(city="gotham")
    with pytest.raises(InvalidInput):
        Stats(archive[0].db, lang="de")
    with pytest.raises(InvalidInput):
        Stats(archive[0].db).tables(["nope"])
    assert city_code("Тараз") == "taraz" and city_code("ALMATY") == "almaty"


# -- CSV ------------------------------------------------------------------------------


def test_csv_bom_quoting_and_formula_injection(archive: Any, tmp_path: Path) -> None:
    t = stats.Table("T", (stats.Column("k", "Key"), stats.Column("v", "Value, %")),
                    (("a", "=SUM(A1:A9)"), ("b", '+1 "quoted"'), ("c", "-2"), ("d", "@x"),
                     ("e", "line\nbreak"), ("f", None), ("g", 12.5)))
    path = tmp_path / "t.csv"
    stats.to_csv(t, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text == ('Key,"Value, %"\r\n'
                    "a,'=SUM(A1:A9)\r\n"
                    'b,"\'+1 ""quoted"""\r\n'
                    "c,'-2\r\n"
                    "d,'@x\r\n"
                    'e,"line\nbreak"\r\n'
                    "f,\r\n"
                    "g,12.5\r\n")
    binary, textual = io.BytesIO(), io.StringIO()
    stats.to_csv(t, binary)
    stats.to_csv(t, textual)
    assert binary.getvalue() == raw and textual.getvalue().encode("utf-8") == raw


# -- the command line ----------------------------------------------------------------


@pytest.fixture(scope="module")
def closed_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    from storage.vault import Vault

    path = tmp_path_factory.mktemp("cli") / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, name="Coordinator", role="archive")
    with vault:
        ids = build(Records(vault))
    return path, ids


def test_cli_stats(cli: CLI, closed_archive: tuple[Path, dict[str, Any]],
                   tmp_path: Path) -> None:
    vault = str(closed_archive[0])
    result = cli("stats", vault, "--from", "2022-02-01", "--to", "2022-12-31", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    by_name = {t["name"]: t for t in data["tables"]}
    assert list(by_name) == list(stats.TABLES)
    closed = by_name["closed_by_city"]
    rows = {r[0]: r for r in closed["rows"]}
    assert rows["taraz"][2:] == [33, 33, 100.0] and rows["almaty"][2:] == [46, 31, 67.4]

    text = cli("stats", vault, "--table", "closed_by_city", "--from", "2022-02-01",
               "--city", "Тараз", "--to", "2022-12-31", "--lang", "ru")
    assert text.returncode == 0, text.stderr
    assert "Закрытые жалобы по городам" in text.stdout  # the desktop's Russian words
    assert "Город  Жалобы  Закрыта  Закрыто (%)" in text.stdout
    assert any(line.split()[:4] == ["Тараз", "33", "33", "100.0"]
               for line in text.stdout.splitlines()), text.stdout

    out = tmp_path / "csv"
    written = cli("stats", vault, "--csv", str(out), "--table", "by_facility",
                  "--table", "methods")
    assert written.returncode == 0, written.stderr
    assert sorted(p.name for p in out.iterdir()) == ["by_facility.csv", "methods.csv"]
    facility_csv = (out / "by_facility.csv").read_bytes()
    assert facility_csv.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in facility_csv.decode("utf-8-sig")


def test_cli_stats_errors(cli: CLI, closed_archive: tuple[Path, dict[str, Any]]) -> None:
    vault = str(closed_archive[0])
    bad_date = cli("stats", vault, "--from", "2022-02-30")
    assert bad_date.returncode == errors.EXIT_INVALID and "not a date" in bad_date.stderr
    assert cli("stats", vault, "--city", "Gotham").returncode == errors.EXIT_INVALID
    assert cli("stats", vault, "--table", "nope").returncode == errors.EXIT_USAGE
    assert cli("stats", vault, "--lang", "de").returncode == errors.EXIT_USAGE
    missing = cli("stats", str(closed_archive[0].parent / "none"))
    assert missing.returncode == errors.EXIT_NOT_FOUND, missing.stderr
