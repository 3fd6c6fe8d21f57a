"""A page of the database put back from an older copy (a rollback SQLCipher cannot see:
every page is still authentic) is noticed by `qorgau check` whenever it changes records."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.check import check_vault
from app.records import Records
from storage.errors import QorgauError
from storage.vault import Vault
from tests.conftest import CLI, PASSPHRASE

PAGE = 4096
RECORD_TABLES = ("versions", "version_parents", "heads", "records", "links", "audit",
                 "device", "devices", "blobs")


def _fill(path: Path, prefix: str, n: int) -> None:
    with Vault.open(path, PASSPHRASE) as vault:
        Records(vault).create_many([("case", {"title": f"{prefix} {i}",
                                              "summary": f"{prefix} текст " * 40})
                                    for i in range(n)])


def _record_state(path: Path) -> str | None:
    """A digest of every table that holds records (not the derived search index)."""
    try:
        with Vault.open(path, PASSPHRASE) as vault:
            digest = hashlib.sha256()
            for table in RECORD_TABLES:
                rows = vault.db.all(f"SELECT * FROM {table}")
                digest.update(repr(sorted(map(repr, rows))).encode())
            return digest.hexdigest()
    except QorgauError:
        return None


def _content(path: Path, key: bytes) -> str | None:
    """A digest of everything the database holds (every table's rows, the search index's
    own tables included) if SQLite's integrity check finds it sound, else None. Read
    straight with the key: no Qorgau check runs."""
    from storage.db import Database

    try:
        db = Database(path / "vault.db", key)
    except Exception:
        return None
    try:
        if db.all("PRAGMA integrity_check") != [("ok",)]:
            return None
        digest = hashlib.sha256()
        for (table,) in db.all("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"):
            rows = db.all(f'SELECT * FROM "{table}"')
            digest.update(f"{table}:{sorted(map(repr, rows))!r}".encode())
        return digest.hexdigest()
    except Exception:
        return None
    finally:
        db.close()


def _detected(path: Path) -> bool:
    try:
        with Vault.open(path, PASSPHRASE) as vault:
            return bool(check_vault(vault)["problems"])
    except QorgauError:
        return True  # refused to open: noticed too


def test_rolled_back_pages_are_noticed(tmp_path: Path, cli: CLI) -> None:
    path = tmp_path / "v"
    Vault.create(path, PASSPHRASE)[0].close()
    _fill(path, "Дело", 150)
    old = (path / "vault.db").read_bytes()
    _fill(path, "Новое", 40)
    new = (path / "vault.db").read_bytes()
    truth = _record_state(path)
    pages = [i for i in range(min(len(old), len(new)) // PAGE)
             if old[i * PAGE:(i + 1) * PAGE] != new[i * PAGE:(i + 1) * PAGE]]
    assert len(pages) > 10
    changed_records = 0
    for i in pages:
        (path / "vault.db").write_bytes(new[:i * PAGE] + old[i * PAGE:(i + 1) * PAGE]
                                        + new[(i + 1) * PAGE:])
        if _record_state(path) != truth:
            changed_records += 1
            assert _detected(path), f"rolled-back page {i + 1} went unnoticed"
    assert changed_records >= 5  # the rest only touch derived data (the search index)
    # And through the command line: exit code 5.
    i = pages[len(pages) // 2]
    (path / "vault.db").write_bytes(new[:i * PAGE] + old[i * PAGE:(i + 1) * PAGE]
                                    + new[(i + 1) * PAGE:])
    result = cli("check", str(path))
    assert result.returncode in (5,), result.stdout + result.stderr


@pytest.mark.slow
def test_every_single_page_rollback_is_caught(tmp_path: Path, cli: CLI) -> None:
    """Issue 15: the search index's structure and data pages and the settings (the
    idle-lock delay) too, each caught as an integrity failure, never an internal error."""
    from app import settings
    from tests import pagescan

    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE, schema=3)  # the old copy predates schema 4
    records = Records(vault)
    ids = [v.record_id for v in records.create_many(
        [("case", {"title": f"Дело {i}", "summary": f"текст {i} " * 40}) for i in range(150)])]
    vault.db.execute("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '5')")
    vault.close()
    old = (path / "vault.db").read_bytes()
    with Vault.open(path, PASSPHRASE) as vault:
        key = vault._data_key
        records = Records(vault)
        records.create_many([("case", {"title": f"Новое {i}", "summary": f"новый {i} " * 40})
                             for i in range(40)])
        for rid in ids[:20]:  # edits: the index deletes and rewrites their words
            records.update(rid, {"title": "Изменено", "summary": "другие слова " * 30})
        settings.put(vault.db, "idle_lock_minutes", 240)  # what a coercer would want
        roots = dict(vault.db.all("SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0"))
    new = (path / "vault.db").read_bytes()
    pages = [i for i in range(min(len(old), len(new)) // PAGE)
             if pagescan.decrypt_page(old[i * PAGE:(i + 1) * PAGE], key, i == 0)
             != pagescan.decrypt_page(new[i * PAGE:(i + 1) * PAGE], key, i == 0)]
    touched = {roots.get(i + 1) for i in pages}
    assert {"search_config", "settings"} <= touched, touched  # the scenario reaches them
    (path / "vault.db").write_bytes(new)
    truth = _content(path, key)
    assert truth is not None
    missed = []
    for i in pages:
        (path / "vault.db").write_bytes(new[:i * PAGE] + old[i * PAGE:(i + 1) * PAGE]
                                        + new[(i + 1) * PAGE:])
        if _content(path, key) == truth:
            # The old page holds what the new one holds, only laid out otherwise (the
            # ids are random, so now and then a page was rebalanced with the same cells):
            # nothing was rolled back, and there is nothing to notice.
            continue
        (path / "vault.db").write_bytes(new[:i * PAGE] + old[i * PAGE:(i + 1) * PAGE]
                                        + new[(i + 1) * PAGE:])
        if not _detected(path):  # anything but a finding or a refusal would raise here
            missed.append(i + 1)
    assert missed == [], f"rolled-back pages went unnoticed: {missed}"
    for table in ("search_config", "settings", "search_data"):
        page = next(p for p, name in roots.items() if name == table) - 1
        if page not in pages:
            continue
        (path / "vault.db").write_bytes(new[:page * PAGE] + old[page * PAGE:(page + 1) * PAGE]
                                        + new[(page + 1) * PAGE:])
        result = cli("check", str(path))
        assert result.returncode == 5, (table, result.stdout + result.stderr)


def test_rolled_back_consent_rows_are_caught(tmp_path: Path) -> None:
    """The rows schema 5 derives for the consent rule: an old copy of their tables and
    indexes put back together (consistent with each other, so the database's own check
    sees nothing; the refusals gone, so their owners' cases would count again) is a
    finding."""
    from tests import pagescan

    path = tmp_path / "v"
    vault, _ = Vault.create(path, PASSPHRASE)
    records = Records(vault)
    people = [v.record_id for v in records.create_many(
        [("person", {"full_name": f"Тестовый Человек {i}"}) for i in range(10)])]
    records.create_many([("case", {"title": f"Дело {i}", "victim_ids": [p]})
                         for i, p in enumerate(people)])
    vault.close()
    old = (path / "vault.db").read_bytes()
    with Vault.open(path, PASSPHRASE) as vault:
        key = vault._data_key
        records = Records(vault)
        records.create_many([("consent", {"person_id": p, "consent": {"statistics": "refused"}})
                             for p in people[:2]])
        roots = dict(vault.db.all("SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0"))
        assert not check_vault(vault)["problems"]
    new = bytearray((path / "vault.db").read_bytes())
    consent = {"consent_owners", "consent_answers", "consent_owners_person",
               "consent_answers_answer"}
    pages = [i for i in range(min(len(old), len(new)) // PAGE)
             if roots.get(i + 1) in consent
             and pagescan.decrypt_page(old[i * PAGE:(i + 1) * PAGE], key, i == 0)
             != pagescan.decrypt_page(bytes(new[i * PAGE:(i + 1) * PAGE]), key, i == 0)]
    assert pages, "the scenario changes the consent rows' pages"
    for i in pages:
        new[i * PAGE:(i + 1) * PAGE] = old[i * PAGE:(i + 1) * PAGE]
    (path / "vault.db").write_bytes(bytes(new))
    with Vault.open(path, PASSPHRASE) as vault:
        assert not vault.db.integrity_check()  # the old copy is sound in itself
        problems = check_vault(vault)["problems"]
    assert any("consent row(s) disagree" in p for p in problems), problems
