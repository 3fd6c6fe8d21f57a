"""One filter definition for every output, and figures read once per state of the vault.

The statistics, the record tables and the Uwazi pack select cases with the same filters
(app.filters), from the same command-line options. What the tables count is read once and
shared by every set of filters, and read again after any change: a new record, a deletion,
a consent refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import filters, stats
from app.cli.main import build_parser
from app.records import Records
from app.stats import TOTAL, Filters, Stats
from app.usecases import figures, record_export
from app.usecases.session import Session
from storage.errors import InvalidInput
from tests.conftest import PASSPHRASE
from tests.test_stats_legal import JANUARY, build


@pytest.fixture(scope="module")
def legal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, str]]]:
    from storage.vault import Vault

    path = tmp_path_factory.mktemp("filters") / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, name="Coordinator", role="archive")
    try:
        yield vault, build(Records(vault))
    finally:
        vault.close()


def complaints(db: Any, flt: Filters | None = None) -> int:
    return Stats(db, flt).tables(["by_month"])[0].row(TOTAL)["complaints"]


# -- read once, read again after any change ------------------------------------------


def test_the_model_is_shared_until_the_vault_changes(vault: Any) -> None:
    ids = build(Records(vault))
    db = vault.db
    first = stats.model(db)
    assert stats.model(db) is first  # filters and languages share one reading
    again = Stats(db, Filters(tag=JANUARY), "kk").tables(["reprisals"])[0]
    assert Stats(db, Filters(tag="january 2022"), "kk").tables(["reprisals"])[0] is again
    assert complaints(db) == 6 and complaints(db, Filters(tag=JANUARY)) == 3
    Records(vault).create("complaint", {"case_id": ids["b"], "body": "prosecutor",
                                        "filed_on": "2022-07-01", "status": "filed"})
    assert stats.model(db) is not first
    assert complaints(db) == 7
    Records(vault).delete(ids["d1"], "entered by mistake")
    assert complaints(db) == 6
    # Work inside a transaction that is rolled back changes nothing, but is read again;
    # figures counted inside it are never kept.
    model = stats.model(db)
    ekibastuz = Filters(city="ekibastuz")
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("UPDATE records SET city = 'almaty' WHERE record_id = ?", (ids["c1"],))
        assert complaints(db, ekibastuz) == 0
        raise RuntimeError("abandoned")
    assert stats.model(db) is not model and complaints(db) == 6
    assert complaints(db, ekibastuz) == 1


def test_the_model_dies_with_its_database(tmp_path: Path) -> None:
    """What the figures read is decrypted: it must not outlive the vault it came from."""
    import gc
    import weakref

    from storage.vault import Vault

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="Coordinator", role="archive")
    build(Records(vault))
    assert complaints(vault.db) == 6
    held = weakref.ref(stats.model(vault.db))
    vault.close()
    del vault
    gc.collect()
    assert held() is None


def test_a_refusal_written_after_counting_takes_the_person_out_at_once(vault: Any) -> None:
    ids = build(Records(vault))
    before = Stats(vault.db).tables(["victims_profile"])[0].row("victims")["victims"]
    assert before == 4
    Records(vault).create("consent", {"person_id": ids["p3"], "given_on": "2024-01-10",
                                      "consent": {"statistics": "refused"}})
    t = Stats(vault.db).tables(["victims_profile", "by_month"])
    assert t[0].row("victims")["victims"] == 3
    assert t[1].row(TOTAL)["complaints"] == 4  # nothing in a case of theirs either


def test_a_refusing_victim_named_only_by_an_incident_is_counted_nowhere(vault: Any) -> None:
    """The attack: a person who refused statistical use, named as a victim by an incident
    of a case that does not name them, must not reappear in the victims by city."""
    r = Records(vault)
    refusing = r.create("person", {"full_name": "Ерболова Сания", "gender": "female",
                                   "minor": True}).record_id
    other = r.create("person", {"full_name": "Тестов Арман", "gender": "male"}).record_id
    case = r.create("case", {"title": "Тараз", "city": "taraz", "opened_on": "2022-03-01",
                             "victim_ids": [other]}).record_id
    r.create("incident", {"case_id": case, "date": "2022-03-01",
                          "victim_ids": [refusing, other], "methods": ["beating_fists_feet"]})
    r.create("consent", {"person_id": refusing, "given_on": "2022-03-02",
                         "consent": {"statistics": "refused"}})
    by_city, profile = Stats(vault.db).tables(["victims_by_city", "victims_profile"])
    assert by_city.row("taraz")["victims"] == 1 and by_city.row(TOTAL)["women"] == 0
    assert by_city.row(TOTAL)["minors"] == 0
    assert profile.row("victims")["victims"] == 1 and profile.row("minors")["victims"] == 0


def test_filtered_figures_equal_a_fresh_reading(legal: tuple[Any, dict[str, str]]) -> None:
    """Sharing the reading changes no figure: every table under every filter is the same
    whether the model was read for it or reused from an earlier set of filters."""
    vault, ids = legal
    sets = [Filters(), Filters(tag=JANUARY), Filters(region="almaty_city"),
            Filters(city="ekibastuz"), Filters(date_from="2022-02", date_to="2022-03-31"),
            Filters(facility_id=ids["a"])]
    shared = [[t.to_dict() for t in Stats(vault.db, f, "ru").tables()] for f in sets]
    for f, expected in zip(sets, shared, strict=True):
        stats._MODELS.clear()
        assert [t.to_dict() for t in Stats(vault.db, f, "ru").tables()] == expected


# -- one filter definition -------------------------------------------------------------


def test_filters_from_what_a_person_typed() -> None:
    f = filters.from_input(date_from=" 2022-01 ", date_to="", city="Тараз",
                           region="Жамбылская область", facility_id=" ABC ", tag=" January 2022")
    assert f == Filters(date_from="2022-01", city="taraz", region="zhambyl",
                        facility_id="abc", tag="january 2022")
    assert figures.filters(city="Тараз", tag="January 2022") == filters.from_input(
        city="taraz", tag="JANUARY 2022")
    assert f.as_dict() == {"from": "2022-01", "to": None, "city": "taraz",
                           "region": "zhambyl", "facility": "abc", "tag": "january 2022"}
    assert Filters().empty and not f.empty
    for bad in ({"date_from": "2022-13"}, {"city": "Gotham"}, {"region": "atlantis"}):
        with pytest.raises(InvalidInput):
            filters.from_input(**bad)


def _options(parser: argparse.ArgumentParser, command: str) -> dict[str, tuple[Any, ...]]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {a.dest: (tuple(a.option_strings), a.metavar, a.help)
            for a in sub.choices[command]._actions
            if a.dest in ("date_from", "date_to", "city", "region", "facility", "tag")}


def test_stats_and_export_records_take_the_same_filter_options() -> None:
    parser = build_parser()
    options = _options(parser, "stats")
    assert set(options) == {"date_from", "date_to", "city", "region", "facility", "tag"}
    assert _options(parser, "export-records") == options


def test_record_tables_take_the_statistics_filters(legal: tuple[Any, dict[str, str]]) -> None:
    vault, ids = legal

    def rows(**typed: Any) -> dict[str, int]:
        return record_export.preview(Session(vault), record_export.scope(**typed), "en").counts

    everything = rows()
    assert everything["case"] == 4
    january = rows(tag="january 2022")  # the cases in Taraz and Ekibastuz, and theirs
    assert january["case"] == 2 and january["complaint"] == 5 and january["incident"] == 2
    assert rows(region="Павлодарская область") == rows(city="ekibastuz")
    assert rows(region="pavlodar_region")["case"] == 1
    # A facility is a case's when one of its incidents or detentions names it.
    facility = Records(vault).create("facility", {"name": "ИВС № 1", "city": "taraz"}
                                     ).record_id
    Records(vault).create("detention", {"case_id": ids["d"], "person_id": ids["p4"],
                                        "facility_id": facility, "from_date": "2023-05-02"})
    held = rows(facility_id=facility)
    assert held["case"] == 1 and held["complaint"] == 1 and held["detention"] == 1
    assert rows(date_from="2023", kinds=["case"]) == {"case": 1}
    with pytest.raises(InvalidInput):
        record_export.scope(region="atlantis")


def test_cli_export_records_filters_like_stats(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main
    from storage import errors
    from storage.vault import Vault

    path = tmp_path / "archive"
    vault, _ = Vault.create(path, PASSPHRASE, name="Coordinator", role="archive")
    with vault:
        build(Records(vault))
        # The same words as `qorgau stats --tag … --region …` (tests/test_stats_legal.py).
        assert complaints(vault.db, filters.from_input(
            tag=JANUARY, region="Жамбылская область")) == 2
    monkeypatch.setenv("QORGAU_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()

    def run(*args: str) -> Any:
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, out.err
        return json.loads(out.out)

    assert run("export-records", str(path), "--dry-run", "--json", "--kind", "case",
               "--tag", JANUARY, "--region", "Жамбылская область")["rows"] == {"case": 1}
    # Publication consent decides the pack: of the two January cases, the one whose
    # victims were never asked stays; its complaints name nobody and go.
    assert run("export-records", str(path), "--format", "uwazi", "--out",
               str(tmp_path / "pack"), "--tag", JANUARY, "--json")["rows"] == {
        "case": 1, "complaint": 5, "incident": 1}
    # A bad filter is refused before the vault is opened, as by `qorgau stats`.
    monkeypatch.delenv("QORGAU_PASSPHRASE")
    for command in ("export-records", "stats"):
        assert main([command, str(path), "--region", "Атлантида"]) == errors.EXIT_INVALID
        assert "unknown region" in capsys.readouterr().err
