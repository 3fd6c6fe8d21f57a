"""What the statistics read from rows the write path keeps (the consent answer, the fields
they count) equals the full reading of the vault, whatever happened to the archive.

The statistics used to decide consent by reading and parsing every version of the vault
(app.disclosure.decide) before their first draw. They now ask
`disclosure.withheld_of_kinds`, which reads the consent_owners and consent_answers rows
written with each version (schema 5), and read the fields they count from
`records.figures` (`stats.counted`) instead of parsing each body whole. These tests
build archives through everything that changes who is withheld — refusals and their
withdrawal, a deleted refusal (which still counts), deleted and purged records, an
unnamed interviewee, stubs, bundles imported in different orders, an archive upgraded
from before the rows existed — and compare, after each step, the records withheld and
every table, row for row, in en/ru/kk and under several filters, with the full reading
(the same code with the rows and column ignored).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import disclosure, exporter, settings, stats, stubs
from app.filters import Filters
from app.records import Records
from app.usecases import consent
from app.usecases.session import Session
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_
from tests.test_consent import story
from tests.test_stats import build

field, archive = kit.field, kit.archive  # the consent fixtures

VIEWS = [(Filters(), "en"), (Filters(date_from="2022-02-01", date_to="2022-12-31"), "ru"),
         (Filters(city="taraz"), "kk"), (Filters(region="almaty_city", date_to="2022-06"), "en"),
         (Filters(tag="January 2022"), "ru")]


def figures(db: Any) -> list[dict[str, Any]]:
    stats._MODELS.clear()  # as after opening: nothing read yet
    return [t.to_dict() for flt, lang in VIEWS for t in stats.Stats(db, flt, lang).tables()]


def full_reading(db: Any, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The figures as the rule's full read of the vault gives them."""
    with monkeypatch.context() as m:
        m.setattr(disclosure, "withheld_of_kinds", lambda *a: None)
        m.setattr(stats, "_FIELDS", "body")  # every body parsed whole, as before
        return figures(db)


def assert_same(db: Any, monkeypatch: pytest.MonkeyPatch) -> frozenset[str]:
    """The derived answer equals the full one (records and figures); returns it."""
    kinds = dict(db.all("SELECT record_id, kind FROM records"))
    derived = disclosure.withheld_of_kinds(db, "statistics", stats._JUDGED_KINDS)
    assert derived is not None, "the rows are filled"
    assert not db.one("SELECT count(*) FROM records WHERE deleted = 0 AND figures IS NULL"
                      " AND kind IN ('complaint', 'incident', 'person', 'detention', 'case')")[0]
    for channel in ("statistics", "bundle"):
        full = disclosure.decide(db, channel).withheld
        got = disclosure.withheld_of_kinds(db, channel, stats._JUDGED_KINDS)
        assert got == {r for r in full if kinds.get(r) in stats._JUDGED_KINDS}, channel
    assert figures(db) == full_reading(db, monkeypatch)
    return derived


def refuse(vault: Vault, person: str, **answers: str) -> str:
    return consent.record_consent(Session(vault), person, answers or {"statistics": "refused"})


def test_refusals_changes_deletions_and_purges(tmp_path: Path, field: Vault,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    r = Records(field)
    ids = build(r)
    people = ids["people"]
    case_taraz, case_almaty, _ = ids["cases"]
    assert assert_same(field.db, monkeypatch) == frozenset()
    # A victim of two cases refuses statistics: her cases (and what is in them) go.
    first = refuse(field, people[0])
    gone = assert_same(field.db, monkeypatch)
    assert {people[0], case_taraz, case_almaty} <= gone
    # An incident's victim refuses documentation through an interview; an unnamed
    # interviewee refuses statistics (the interview stands for them).
    r.create("interview", {"case_id": case_taraz, "interviewee_id": people[4],
                           "consent": {"documentation": "refused"}})
    unnamed = r.create("interview", {"case_id": case_almaty,
                                     "consent": {"statistics": "refused"}}).record_id
    r.create("complaint", {"case_id": case_almaty, "body": "prosecutor", "status": "filed",
                           "filed_on": "2022-03-01", "on_behalf_of": [unnamed]})
    assert people[4] in assert_same(field.db, monkeypatch)
    # She changes her answer: only the current version counts.
    consent.record_consent(Session(field), people[0], {"statistics": "given"})
    assert people[0] not in assert_same(field.db, monkeypatch)
    # A refusal deleted still holds (deleting a refusal must not turn it into a yes).
    second = refuse(field, people[3])
    r.delete(second, "entered by mistake")
    assert people[3] in assert_same(field.db, monkeypatch)
    # Records deleted and purged; the consent record changed after its first refusal.
    r.delete(ids["complaints"][0], "entered twice")
    r.update(first, {**r.get(first).body, "consent": {"statistics": "anonymised"}})
    r.purge([people[4]], reason="withdrawn")
    assert_same(field.db, monkeypatch)
    # Nothing of a purged version is left behind.
    assert not field.db.one("SELECT count(*) FROM consent_owners o LEFT JOIN versions v"
                            " USING (version_id) WHERE v.version_id IS NULL")[0]


@pytest.mark.parametrize("order", ["refusal first", "refusal last"])
def test_stubs_and_imports_in_either_order(tmp_path: Path, field: Vault, archive: Vault,
                                           monkeypatch: pytest.MonkeyPatch, order: str) -> None:
    settings.put(field.db, stubs.SETTING, 1)
    ids = story(field, tmp_path, {"documentation": "given"})
    if order == "refusal first":
        refuse(field, ids["mother"], share_coordinator="refused")
    exporter.export(field, tmp_path / "1.qgb")
    assert import_(archive, tmp_path / "1.qgb").status == "merged"
    assert_same(archive.db, monkeypatch)
    if order == "refusal last":
        refuse(field, ids["mother"], share_coordinator="refused")
    refuse(field, ids["son"], statistics="refused")  # travels: he is withheld there too
    exporter.export(field, tmp_path / "2.qgb")
    assert import_(archive, tmp_path / "2.qgb").status == "merged"
    for vault in (field, archive):
        withheld = assert_same(vault.db, monkeypatch)
        assert ids["son"] in withheld and ids["case"] in withheld


def test_an_archive_from_before_the_rows_is_filled_at_opening(
        tmp_path: Path, field: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = build(Records(field))
    refuse(field, ids["people"][2])
    expected = figures(field.db)
    # As an archive upgraded to schema 5 finds itself: the tables empty, the setting unset.
    with field.db.transaction():
        field.db.execute("DELETE FROM consent_owners")
        field.db.execute("DELETE FROM consent_answers")
        field.db.execute("UPDATE records SET figures = NULL")
        field.db.execute("DELETE FROM settings WHERE key IN (?, ?)",
                         (disclosure.FACTS_SETTING, stats.COUNTED_SETTING))
    assert disclosure.withheld_of_kinds(field.db, "statistics", ["case"]) is None
    assert figures(field.db) == expected  # the full reading meanwhile
    assert disclosure.ensure_facts(field.db) > 0
    assert disclosure.ensure_facts(field.db) == 0  # once
    assert stats.ensure_counted(field.db) > 0
    assert stats.ensure_counted(field.db) == 0
    assert ids["people"][2] in assert_same(field.db, monkeypatch)
    assert figures(field.db) == expected


def test_kinds_the_rows_cannot_judge_are_refused(field: Vault) -> None:
    with pytest.raises(ValueError):
        disclosure.withheld_of_kinds(field.db, "statistics", ["evidence"])
    with pytest.raises(ValueError):
        disclosure.withheld_of_kinds(field.db, "pdf", ["case"])  # "not asked" withholds


def test_a_stored_schema1_vault_gets_the_rows_at_upgrade(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from tests.test_migrations import FIXTURE, PASSPHRASE

    shutil.copytree(FIXTURE, tmp_path / "old")
    with Vault.open(tmp_path / "old", PASSPHRASE) as vault:
        assert not disclosure.facts_current(vault.db)  # schema 5+: tables made, not filled
        assert vault.db.one("SELECT count(figures) FROM records")[0] == 0
        Records(vault)  # what every session opens with
        assert disclosure.facts_current(vault.db)
        assert vault.db.one("SELECT count(figures) FROM records")[0] == 3  # person, incident, case
        kinds = {k for (k,) in vault.db.all(
            "SELECT DISTINCT v.kind FROM consent_owners JOIN versions v USING (version_id)")}
        assert kinds == {"case"}  # the fixture's case names its victim in both versions
        assert vault.db.one("SELECT count(*) FROM consent_owners")[0] == 2
        assert_same(vault.db, monkeypatch)


def test_every_counted_field_of_a_rich_archive(field: Vault,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The legal-path archive (histories, steps, older appeals, UN submissions, acts per
    victim, perpetrators, deaths, reprisals, ages) and a generated one (bench.stats: every
    kind, tags, refusals), edited and deleted afterwards: the derived fields count alike."""
    import random

    from bench import stats as generated
    from tests.test_stats_legal import build as legal

    r = Records(field)
    ids = legal(r)
    monkeypatch.setattr(generated, "FACILITIES", 20)  # a small register is enough here
    generated.Generator(r, 300, seed=7).run()
    complaint = next(i for k, i in ids.items() if r.get(i).kind == "complaint")
    body = r.get(complaint).body
    r.update(complaint, {**body, "status": "closure_overturned",
                         "history": [*body.get("history", []),
                                     {"on": "2023-05-01", "status": "closure_overturned"}]})
    rng = random.Random(3)
    for rid in rng.sample([i for (i,) in field.db.all(
            "SELECT record_id FROM records WHERE kind IN ('incident', 'complaint', 'person')"
            " AND deleted = 0")], 8):
        r.delete(rid, "entered twice")
    assert assert_same(field.db, monkeypatch)  # the generator's refusals withhold some
