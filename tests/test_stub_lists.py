"""Anonymised statistics stubs stay out of the lists people work from.

A stub (app.stubs) is the export's bookkeeping: a case counted with no name, text or
date. On the field laptop that made it and on the archive that received it, the main
list, its count and its full-text search (app.usecases.field_views) never show one,
whatever the filters; the archive's figures still count it (figures.anonymised).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import search, settings, stubs
from app.usecases import field_views, figures
from app.usecases.session import Session
from storage.vault import Vault
from tests import test_consent as kit
from tests.test_bundle_kit import import_
from tests.test_consent import story

field, archive = kit.field, kit.archive


def _stubs(vault: Vault) -> int:
    return vault.db.one("SELECT count(*) FROM records WHERE kind = ? AND deleted = 0",
                        (stubs.KIND,))[0]


def _kinds_listed(s: Session, filters: search.Filters) -> set[str]:
    return {r["kind"] for r in field_views.record_list(s, filters, limit=500, lang="ru")}


def test_stubs_never_listed_counted_or_found(tmp_path: Path, field: Vault,
                                             archive: Vault) -> None:
    settings.put(field.db, stubs.SETTING, 1)
    story(field, tmp_path, {"share_coordinator": "refused"})
    from app import exporter

    exporter.export(field, tmp_path / "b.qgb")
    assert import_(archive, tmp_path / "b.qgb").status == "merged"
    for vault in (field, archive):
        assert _stubs(vault) == 2  # the stubs are there, made and received
        s = Session(vault)
        everything = search.Filters()
        total = vault.db.one("SELECT count(*) FROM records WHERE deleted = 0")[0]
        assert field_views.count(s, everything) == total - 2
        assert stubs.KIND not in _kinds_listed(s, everything)
        # Taraz and January 2022 are exactly what a stub holds: still not listed.
        narrowed = search.Filters(city="taraz", date_from="2022-01-01")
        assert stubs.KIND not in _kinds_listed(s, narrowed)
        assert not field_views.record_list(s, search.Filters(kind=stubs.KIND))
        assert field_views.count(s, search.Filters(kind=stubs.KIND)) == 0
        # A stub's search text holds its methods: a search for one finds no stub.
        for word in ("избиение", "beating"):
            hits = field_views.find(s, word, None, lang="ru")
            assert all(h.kind != stubs.KIND for h in hits), word
    # The archive shows them as the figures' count, nowhere else.
    assert figures.anonymised(archive) == 2


def test_cli_list_and_search_leave_stubs_out(cli: Any, tmp_path: Path) -> None:
    vault = str(tmp_path / "v")
    assert cli("init", vault, "--name", "Тараз ноутбук").returncode == 0
    records = tmp_path / "r.json"
    records.write_text(json.dumps({"format": "qorgau-records", "version": 1, "records": [
        {"kind": "case", "body": {"title": "Избиение в ИВС", "city": "taraz"}},
        # As an export writes one for a person who refused sharing (app.stubs).
        {"kind": stubs.KIND, "body": {"of_kind": "incident", "city": "taraz",
                                      "month": "2022-01", "methods": ["beating_fists_feet"]}},
    ]}, ensure_ascii=False), encoding="utf-8")
    added = cli("add", vault, str(records), "--json")
    assert added.returncode == 0, added.stderr
    listed = json.loads(cli("list", vault, "--json").stdout)
    assert listed["total"] == 1 and [r["kind"] for r in listed["records"]] == ["case"]
    found = json.loads(cli("search", vault, "избиение", "--json").stdout)
    assert [h["kind"] for h in found] == ["case"]
