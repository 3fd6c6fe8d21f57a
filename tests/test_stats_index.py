"""The statistics' first draw reads what it counts from the narrow `records_counted` index
(schema 6) and from the cases' counted fields (COUNTED_VERSION 2), never from the bodies:
the same figures, the reads answered by the index alone, a record without its fields
still counted, a schema-5 archive upgraded in place, and an old copy of the index's page
put back found by `qorgau check`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import filters, stats
from app.check import check_vault
from app.records import Records
from storage import migrate
from storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_stats import build
from tests.test_stats_derived import figures, full_reading

PAGE = 4096


def _tagged(r: Records, ids: dict[str, Any]) -> list[str]:
    """Cases whose place comes from their body (an event tag, a region without a city)."""
    cases = ids["cases"]
    for i, rid in enumerate(cases):
        body = r.get(rid).body
        r.update(rid, {**body, "tags": ["January 2022", f"Tag {i}"], "oblast": "zhambyl"})
    return cases


def test_every_read_of_the_model_is_answered_by_the_index(vault: Vault) -> None:
    r = Records(vault)
    _tagged(r, build(r))
    db = vault.db
    seen: list[tuple[str, tuple[Any, ...]]] = []
    real_all, real_iterate = db.all, db.iterate

    def all_(sql: str, params: Any = ()) -> Any:
        seen.append((sql, tuple(params)))
        return real_all(sql, params)

    def iterate(sql: str, params: Any = (), **kw: Any) -> Any:
        seen.append((sql, tuple(params)))
        return real_iterate(sql, params, **kw)

    db.all, db.iterate = all_, iterate  # type: ignore[method-assign]  # recorded, still real
    try:
        stats._MODELS.clear()
        stats.Stats(db).tables()
    finally:
        db.all, db.iterate = real_all, real_iterate  # type: ignore[method-assign]
    counted = [(sql, p) for sql, p in seen if "figures" in sql]
    assert len(counted) >= 3  # the counted kinds, the cases, the victims
    for sql, params in counted + [(s, p) for s, p in seen if "flags FROM records" in s]:
        plan = " ".join(row[3] for row in db.all("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX records_counted" in plan, (sql, plan)
        assert "SCAN r " not in plan and "SCAN records" not in plan, (sql, plan)


def test_the_facilities_of_a_case_come_from_kinds_the_model_reads() -> None:
    # The model takes each case's facilities from its one read of the counted kinds.
    assert set(filters.FACILITY_KINDS) <= set(stats._READ_KINDS)


def test_a_record_without_its_fields_is_counted_from_its_body(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    r = Records(vault)
    ids = build(r)
    cases = _tagged(r, ids)
    expected = figures(vault.db)
    assert expected == full_reading(vault.db, monkeypatch)
    # Not something the write path leaves; a reading must not lose the record for it.
    incident = vault.db.one("SELECT record_id FROM records WHERE kind = 'incident'"
                            " AND deleted = 0")[0]
    victim = vault.db.one("SELECT dst FROM links WHERE rel LIKE 'victim_ids[%'")[0]
    vault.db.execute("UPDATE records SET figures = NULL WHERE record_id IN (?, ?, ?, ?)",
                     (cases[0], incident, victim, ids["complaints"][0]))
    assert stats.counted_current(vault.db)
    assert figures(vault.db) == expected


def test_a_schema5_archive_gets_the_index_and_the_cases_fields_at_opening(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old"
    vault, _ = Vault.create(path, PASSPHRASE, schema=5)
    with vault:
        r = Records(vault)
        _tagged(r, build(r))
        # As the previous Qorgau left it: cases had no counted fields, format "1".
        vault.db.execute("UPDATE records SET figures = NULL WHERE kind = 'case'")
        vault.db.execute("UPDATE settings SET value = '1' WHERE key = ?",
                         (stats.COUNTED_SETTING,))
        expected = figures(vault.db)
        assert not vault.db.one("SELECT count(*) FROM sqlite_master"
                                " WHERE name = 'records_counted'")[0]
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.db.user_version() == migrate.latest() >= 6
        assert vault.db.one("SELECT count(*) FROM sqlite_master"
                            " WHERE name = 'records_counted'")[0] == 1
        assert not stats.counted_current(vault.db)
        assert figures(vault.db) == expected  # meanwhile: the bodies
        Records(vault)  # what every session opens with: derives the fields again
        assert stats.counted_current(vault.db)
        assert not vault.db.one("SELECT count(*) FROM records WHERE kind = 'case'"
                                " AND deleted = 0 AND figures IS NULL")[0]
        assert figures(vault.db) == expected
        assert check_vault(vault)["problems"] == []


def test_an_old_copy_of_the_index_page_is_caught(tmp_path: Path) -> None:
    """Put back alone, the index's old page would make the figures count the cases'
    former tags; SQLite's integrity check, run by `qorgau check`, compares its entries
    with the rows."""
    from tests import pagescan

    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE)
    records = Records(vault)
    cases = [v.record_id for v in records.create_many(
        [("case", {"title": f"Дело {i}", "tags": ["January 2022"]}) for i in range(8)])]
    vault.close()
    old = (path / "vault.db").read_bytes()
    with Vault.open(path, PASSPHRASE) as vault:
        key = vault._data_key
        records = Records(vault)
        for rid in cases:
            records.update(rid, {"title": records.get(rid).body["title"], "tags": ["other"]})
        root = vault.db.one("SELECT rootpage FROM sqlite_master"
                            " WHERE name = 'records_counted'")[0]
        assert not check_vault(vault)["problems"]
    new = bytearray((path / "vault.db").read_bytes())
    i = root - 1  # eight cases: the whole index is its root page
    assert pagescan.decrypt_page(old[i * PAGE:(i + 1) * PAGE], key, i == 0) \
        != pagescan.decrypt_page(bytes(new[i * PAGE:(i + 1) * PAGE]), key, i == 0)
    new[i * PAGE:(i + 1) * PAGE] = old[i * PAGE:(i + 1) * PAGE]
    (path / "vault.db").write_bytes(bytes(new))
    with Vault.open(path, PASSPHRASE) as vault:
        # The attack's effect: read through the index, the cases carry their old tags.
        tagged = vault.db.one("SELECT count(*) FROM records WHERE kind = 'case'"
                              " AND deleted = 0 AND figures LIKE '%January 2022%'")[0]
        assert tagged == 8
        problems = check_vault(vault)["problems"]
    assert any("records_counted" in p for p in problems), problems


def test_sqlite_keeps_the_index_for_every_write(vault: Vault) -> None:
    """No code of ours writes the index: an insert, an update, a delete and a purge each
    leave it equal to the rows (integrity check clean, each entry found)."""
    r = Records(vault)
    ids = build(r)
    _tagged(r, ids)
    r.delete(ids["complaints"][0], "entered twice")
    assert vault.db.integrity_check() == []
    rows = vault.db.all("SELECT kind, deleted, record_id, case_id, city, facility_id, date,"
                        " flags, figures FROM records NOT INDEXED ORDER BY record_id")
    indexed = vault.db.all("SELECT kind, deleted, record_id, case_id, city, facility_id, date,"
                           " flags, figures FROM records INDEXED BY records_counted"
                           " ORDER BY record_id")
    assert rows == indexed and len(rows) > 20


def test_a_draw_leaves_the_cycle_collector_as_it_found_it(vault: Vault) -> None:
    """The collector is paused while the model is made and what was made is moved to its
    oldest generation unwalked; nothing stays frozen, and it is on again afterwards."""
    import gc

    build(Records(vault))
    assert gc.isenabled() and gc.get_freeze_count() == 0
    stats._MODELS.clear()
    stats.Stats(vault.db).tables()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # a caller that paused it itself: left paused
    try:
        stats._MODELS.clear()
        stats.Stats(vault.db).tables()
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_check_derives_the_cases_fields_again(vault: Vault) -> None:
    """A case's counted fields (format 2) that disagree with its body — its tags changed
    in the row and the index together, so SQLite's own check sees nothing — are found."""
    r = Records(vault)
    cases = _tagged(r, build(r))
    assert check_vault(vault)["problems"] == []
    vault.db.execute("UPDATE records SET figures = ? WHERE record_id = ?",
                     ('{"oblast":"zhambyl","tags":["other"]}', cases[1]))
    assert vault.db.integrity_check() == []
    problems = check_vault(vault)["problems"]
    assert any("1 record(s) have counted fields that disagree" in p for p in problems), problems


def test_a_draw_stops_when_asked_and_keeps_nothing(vault: Vault) -> None:
    """Cancel (the desk's, on a first draw that takes a quarter of a minute at a million
    versions) stops the counting between its steps: Cancelled, no model or table kept
    from it, and the next draw gives the same figures as one never interrupted."""
    import threading

    from app.usecases import figures as figures_uc
    from app.usecases.session import Session
    from storage.errors import Cancelled

    r = Records(vault)
    build(r)
    db = vault.db
    whole = [t.to_dict() for t in stats.Stats(db).tables()]

    class After(threading.Event):
        """Set once it has been asked `n` times: a Cancel pressed part-way."""

        def __init__(self, n: int) -> None:
            super().__init__()
            self.asked, self.n = 0, n

        def is_set(self) -> bool:
            self.asked += 1
            return self.asked > self.n

    for n in (0, 1, 2, 5, 12):
        stats._MODELS.clear()
        stop = After(n)
        with pytest.raises(Cancelled):
            figures_uc.tables(Session(vault), cancel=stop)
        assert stop.asked == n + 1  # it looked, and stopped at the first yes
        # Stopped inside the model's reading: nothing kept; past it, the model is whole
        # and kept (only the tables were left uncounted).
        assert (db in stats._MODELS) == (n >= 2)
    assert [t.to_dict() for t in figures_uc.tables(Session(vault),
                                                   cancel=threading.Event())] == whole
