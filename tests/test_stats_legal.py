"""The legal path in the figures: a small archive with a known answer for every table.

Appeals and UN submissions are steps of a complaint, never complaints; a closure
overturned on appeal counts once, as pending; a death in custody, a reprisal lawsuit,
detentions over the legal limit and victims of every group are counted as documented in
docs/statistics.md. Older records (appeals kept as separate complaint records) and new
ones (steps inside the complaint) give the same figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app import stats
from app.filters import city_region, region_code
from app.records import Records
from app.stats import TOTAL, Filters, Stats
from storage.errors import InvalidInput
from tests.conftest import PASSPHRASE

JANUARY = "January 2022"


def build(records: Records) -> dict[str, str]:
    ids: dict[str, str] = {}

    def add(name: str, kind: str, body: dict[str, Any]) -> str:
        ids[name] = records.create(kind, body).record_id
        return ids[name]

    add("p1", "person", {"full_name": "Алия Тестова", "gender": "female", "age": 17,
                         "minor": True})
    add("p2", "person", {"full_name": "Бахтияр Примеров", "gender": "male",
                         "foreign_national": True, "date_of_birth": "1990-05-10"})
    add("p3", "person", {"full_name": "Вадим Образцов", "gender": "male", "activist": True,
                         "age": 45})
    add("p4", "person", {"pseudonym": "D-4", "gender": "female"})
    add("a", "case", {"title": "Тараз", "city": "taraz", "opened_on": "2022-01-20",
                      "tags": [JANUARY], "victim_ids": [ids["p1"], ids["p2"]]})
    add("b", "case", {"title": "Алматы", "city": "almaty", "opened_on": "2022-02-01",
                      "victim_ids": [ids["p3"]]})
    add("c", "case", {"title": "Экибастуз", "city": "ekibastuz", "opened_on": "2022-03-01",
                      "tags": ["january 2022"]})
    add("d", "case", {"title": "Улытау", "oblast": "ulytau", "opened_on": "2023-05-01"})
    # A closure overturned by the investigating judge: a step of the same complaint.
    add("a1", "complaint", {
        "case_id": ids["a"], "body": "prosecutor", "filed_on": "2022-01-25",
        "registration_number": "221300031000045", "status": "closed_no_evidence",
        "outcome_on": "2022-04-01",
        "steps": [{"step": "appeal_judge", "body": "investigating_judge",
                   "filed_on": "2022-04-10", "decided_on": "2022-04-25",
                   "outcome": "closure_overturned"}]})
    # The older shape: the appeal and a UN submission as separate complaint records.
    add("a2", "complaint", {"case_id": ids["a"], "body": "prosecutor", "filed_on": "2022-02-01",
                            "status": "closed_no_corpus_delicti", "outcome_on": "2022-03-01"})
    add("a2_appeal", "complaint", {"case_id": ids["a"], "body": "court",
                                   "appeal_of": ids["a2"], "filed_on": "2022-03-10",
                                   "status": "other", "outcome_on": "2022-04-01"})
    add("a_un", "complaint", {"case_id": ids["a"], "body": "un_cat", "filed_on": "2022-10-01",
                              "status": "registered"})
    add("b1", "complaint", {"case_id": ids["b"], "body": "anti_corruption",
                            "filed_on": "2022-02-10", "status": "conviction",
                            "suspect_identified": True, "victim_status": True,
                            "registration_number": "221500031000101"})
    add("b2", "complaint", {"case_id": ids["b"], "body": "prosecutor", "filed_on": "2022-03-05",
                            "status": "registration_refused"})
    add("c1", "complaint", {
        "case_id": ids["c"], "body": "prosecutor", "filed_on": "2022-03-10",
        "status": "sent_to_court", "outcome_on": "2022-09-01",
        "steps": [{"step": "un_communication", "body": "un_hrc", "filed_on": "2023-02-01",
                   "outcome": "un_violation_found", "decided_on": "2025-03-01"}]})
    add("d1", "complaint", {"case_id": ids["d"], "body": "ombudsman", "filed_on": "2023-06-01",
                            "status": "no_response"})
    add("draft", "complaint", {"case_id": ids["b"], "body": "prosecutor", "status": "draft",
                               "filed_on": "2022-05-01"})
    gone = add("gone", "complaint", {"case_id": ids["b"], "body": "prosecutor",
                                     "filed_on": "2022-05-01", "status": "conviction"})
    records.delete(gone, "entered twice")

    add("death1", "death_in_custody", {
        "case_id": ids["a"], "person_id": ids["p2"], "died_on": "2022-01-08",
        "official_cause": "сердечная недостаточность", "family_disputes_cause": True,
        "autopsy_done": True, "investigation": "closed"})
    add("death2", "death_in_custody", {"case_id": ids["c"], "person_id": ids["p4"],
                                       "died_on": "2022-03-02", "independent_autopsy": True,
                                       "investigation": "none"})
    add("r1", "reprisal", {"case_id": ids["a"], "kind": "honour_dignity_suit",
                           "date": "2022-05-10", "outcome": "claim_rejected",
                           "target_role": "defender"})
    add("r2", "reprisal", {"case_id": ids["b"], "kind": "counter_charge_false_report",
                           "date": "2022-06-01", "outcome": "ongoing"})
    add("r3", "reprisal", {"case_id": ids["b"], "kind": "threat", "date": "2022-02-15"})
    for person, hours in (("p2", 52), ("p3", 30), ("p1", 30), ("p2", None)):
        body = {"case_id": ids["a"], "person_id": ids[person], "from_date": "2022-01-05"}
        if hours is not None:
            body["hours_before_registration"] = hours
        records.create("detention", body)
    add("i1", "incident", {"case_id": ids["a"], "date": "2022-01-05", "end_date": "2022-01-08",
                           "methods": ["rape_with_object", "forced_nudity"]})
    add("officer", "person", {"description": "Капитан", "agency": "knb"})
    add("i3", "incident", {"case_id": ids["b"], "date": "2022-02-03", "perpetrators": [
        {"person_id": ids["officer"], "involvement": "ordered"},
        {"agency": "police", "involvement": "carried_out"},
        {"agency": "police", "involvement": "carried_out"},
        {"agency": "medical_staff", "involvement": "failed_to_prevent"}]})
    add("i2", "incident", {"case_id": ids["c"], "date": "2022-03-01", "victim_ids": [ids["p4"]],
                           "methods": ["beating_fists_feet"],
                           "acts": [{"victim_id": ids["p4"], "methods": ["threat_rape"]}]})
    return ids


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from storage.vault import Vault

    vault, _ = Vault.create(tmp_path_factory.mktemp("legal") / "vault", PASSPHRASE,
                            name="Coordinator", role="archive")
    try:
        build(Records(vault))
        yield vault
    finally:
        vault.close()


def table(vault: Any, name: str, filters: Filters | None = None) -> stats.Table:
    return Stats(vault.db, filters).tables([name])[0]


def rows(t: stats.Table) -> dict[str, list[Any]]:
    return {r[0]: list(r[2:]) for r in t.rows}


def test_appeals_and_un_submissions_are_not_complaints(archive: Any) -> None:
    # 6 first complaints; the appeal record, the UN record, the draft and the deleted
    # complaint are not complaints.
    t = table(archive, "by_month")
    assert t.row(TOTAL)["complaints"] == 6
    # Current status: the overturned closure is pending again; the dismissed appeal
    # leaves its closure standing; a UN body's decision changes nothing at home.
    assert [t.row(TOTAL)[g] for g in stats.COUNTED_GROUPS] == [2, 2, 2, 0, 0]
    by_status = table(archive, "status_by_city").row(TOTAL)
    assert by_status.get("closed_no_evidence") is None
    assert by_status["closure_overturned"] == 1 and by_status["closed_no_corpus_delicti"] == 1


def test_by_year_and_region(archive: Any) -> None:
    t = table(archive, "by_year_region")
    assert rows(t) == {"zhambyl": [2, 0, 2], "pavlodar_region": [1, 0, 1],
                       "ulytau": [0, 1, 1], "almaty_city": [2, 0, 2], TOTAL: [5, 1, 6]}
    assert [c.key for c in t.columns][2:] == ["2022", "2023", "complaints"]


def test_attrition_chain(archive: Any) -> None:
    t = table(archive, "attrition")
    assert rows(t) == {
        "complaints": [6, 100.0, 100.0],
        "registered": [4, 66.7, 66.7],  # a1 (ERDR no.), a2 (closed after registration), b1, c1
        "suspect": [2, 33.3, 50.0],  # b1 (recorded), c1 (sent to court); of registered
        "victim": [1, 16.7, 25.0],  # of registered
        "court": [2, 33.3, 100.0],  # of those with a suspect
        "conviction": [1, 16.7, 50.0],
    }


def test_lack_of_evidence_by_region_has_distinct_headings(archive: Any) -> None:
    t = table(archive, "lack_of_evidence_by_region")
    assert t.row("zhambyl")["complaints"] == 2 and t.row("zhambyl")["lack_of_evidence"] == 1
    assert t.row("zhambyl")["lack_of_evidence_pct"] == 50.0
    assert t.row(TOTAL)["lack_of_evidence"] == 1 and t.row(TOTAL)["closed"] == 2
    assert t.row(TOTAL)["lack_of_evidence_closed_pct"] == 50.0
    for name in ("lack_of_evidence_by_city", "lack_of_evidence_by_region"):
        for lang in ("en", "ru", "kk"):
            labels = [c.label for c in Stats(archive.db, lang=lang).tables([name])[0].columns]
            assert len(labels) == len(set(labels)), (name, lang, labels)


def test_submissions_by_body(archive: Any) -> None:
    assert rows(table(archive, "submissions_by_body")) == {
        "prosecutor": [4, 0, 4], "ombudsman": [1, 0, 1], "court": [0, 1, 1],
        "un_cat": [0, 1, 1], "anti_corruption": [1, 0, 1], "investigating_judge": [0, 1, 1],
        "un_hrc": [0, 1, 1], TOTAL: [6, 4, 10]}


def test_deaths_in_custody(archive: Any) -> None:
    t = table(archive, "deaths_in_custody")
    assert rows(t) == {"zhambyl": [1, 1, 1, 0, 1, 0], "pavlodar_region": [1, 0, 0, 1, 0, 0],
                       TOTAL: [2, 1, 1, 1, 1, 0]}


def test_reprisals_by_kind_and_outcome(archive: Any) -> None:
    t = table(archive, "reprisals")
    assert [c.key for c in t.columns][2:] == ["ongoing", "claim_rejected", stats.NONE,
                                              "reprisals"]
    assert rows(t) == {"threat": [0, 0, 1, 1], "counter_charge_false_report": [1, 0, 0, 1],
                       "honour_dignity_suit": [0, 1, 0, 1], TOTAL: [1, 1, 1, 3]}


def test_hours_before_registration_against_the_limit(archive: Any) -> None:
    assert rows(table(archive, "detention_hours")) == {
        "adult": [3, 2, 1, 1, 50.0, 52], "minor": [1, 1, 0, 1, 100.0, 30],
        TOTAL: [4, 3, 1, 2, 66.7, 52]}


def test_victims_profile(archive: Any) -> None:
    assert rows(table(archive, "victims_profile")) == {
        "victims": [4, 100.0], "women": [2, 50.0], "minors": [1, 25.0], "foreign": [1, 25.0],
        "activists": [1, 25.0], "age_0": [1, 25.0], "age_18": [0, 0.0], "age_30": [1, 25.0],
        "age_45": [1, 25.0], "age_60": [0, 0.0], "age_unknown": [1, 25.0]}


def test_methods_grouped_and_acts_per_victim(archive: Any) -> None:
    assert rows(table(archive, "methods_grouped")) == {
        "sexual_violence": [2, 100.0], "beating": [1, 50.0], TOTAL: [2, None]}
    assert table(archive, "methods").row("threat_rape")["incidents"] == 1


def test_perpetrators_by_agency_and_involvement(archive: Any) -> None:
    t = table(archive, "perpetrators")
    assert [c.key for c in t.columns][2:] == ["ordered", "carried_out", "failed_to_prevent",
                                              "perpetrators"]
    assert rows(t) == {"police": [0, 2, 0, 2], "knb": [1, 0, 0, 1],  # agency of the person
                       "medical_staff": [0, 0, 1, 1], TOTAL: [1, 2, 1, 4]}
    assert rows(table(archive, "perpetrators", Filters(tag=JANUARY))) == {TOTAL: [0]}
    assert rows(table(archive, "perpetrators", Filters(region="almaty_city")))[TOTAL] == [
        1, 2, 1, 4]


def test_every_table_takes_the_tag_and_region_filters(archive: Any) -> None:
    january = Filters(tag="JANUARY 2022")  # tags compare without case
    assert table(archive, "by_month", january).row(TOTAL)["complaints"] == 3
    assert rows(table(archive, "deaths_in_custody", january))[TOTAL][0] == 2
    assert rows(table(archive, "reprisals", january))[TOTAL][-1] == 1
    assert rows(table(archive, "methods_grouped", january))[TOTAL][0] == 2
    almaty = Filters(region="almaty_city")
    assert table(archive, "attrition", almaty).row("complaints")["complaints"] == 2
    assert rows(table(archive, "deaths_in_custody", almaty)) == {TOTAL: [0] * 6}
    assert table(archive, "by_month", Filters(city="ekibastuz")).row(TOTAL)["complaints"] == 1
    with pytest.raises(InvalidInput):
        Filters(region="atlantis")
    assert region_code("Жамбылская область") == "zhambyl"


def test_every_city_belongs_to_a_region() -> None:
    from app import vocab

    regions = set(vocab.load("region").codes)
    assert len(regions) == 20  # 17 oblasts and 3 cities of republican significance
    for code in vocab.load("city").codes:
        if code != "other":
            assert city_region(code) in regions, code
    assert city_region("ekibastuz") == "pavlodar_region"
    assert city_region("arkalyk") == "kostanay_region"
