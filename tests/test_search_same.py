"""The search rewritten for speed (issue 13) finds what it found before: the same hits, in
the same order, with the same titles and snippets, on the demo and on a generated
archive, for the benchmark's queries and the edge cases of spelling (Kazakh letters, ё,
Latin transliterations, codes, article numbers, one letter, nothing). The reference is
the previous implementation, kept in tests/search_before.py."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

from app import demo, search
from app.records import Records
from bench.storage import QUERIES, Workload, Writer
from tests import search_before
from tests.conftest import new_vault

EDGES = (
    "Қасым", "ҚАСЫМ", "Kasym", "Qasym", "сәрсенова", "ё", "Ёлкин", "елкин", "Zhanbolat",
    "Жанболат", "Janbolat", "Yerlan", "Ерлан", "ЕС-164/7", "ec 164", "ЕС", "146", "ст. 146",
    "ч. 2 ст. 146", "а", "қ", "7", "z", "", "  ", '"', "AND OR NOT", "дубинкой OR", "Тараз*",
)
PAGES = ({}, {"offset": 3, "limit": 7, "lang": "ru"}, {"offset": 50})


def _filters(db: Any) -> list[search.Filters]:
    city = db.one("SELECT city FROM records WHERE city IS NOT NULL AND city != ''"
                  " GROUP BY city ORDER BY count(*) DESC LIMIT 1")[0]
    return [search.Filters(kind="incident"), search.Filters(city=city, date_from="2000-01-01")]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    vault = new_vault(tmp_path_factory.mktemp("demo") / "vault")
    demo.populate(vault, cases=6, photos=False)
    yield vault.db
    vault.close()


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The benchmark's workload (Russian and Kazakh accounts, codes, articles), small."""
    vault = new_vault(tmp_path_factory.mktemp("generated") / "vault")
    writer = Writer("vault", Records(vault))
    for batch in Workload(400, seed=13).batches(200):
        writer.write(batch)
    yield vault.db
    vault.close()


def _same(db: Any, rank_limit: int, monkeypatch: pytest.MonkeyPatch,
          filters: list[search.Filters], pages: tuple[dict[str, Any], ...]) -> dict[str, int]:
    """Compare for every query, filter and page; count the pages found ranked and
    newest first (so that the comparison is known to cover each way)."""
    monkeypatch.setattr(search, "RANK_LIMIT", rank_limit)
    monkeypatch.setattr(search_before, "RANK_LIMIT", rank_limit)
    seen = {"ranked": 0, "newest": 0}
    for f in filters:
        where, params = f.where()
        for text in (*QUERIES, *EDGES):
            query = search.fts_query(text)
            many = query is not None and db.one(
                "SELECT count(*) FROM search JOIN records r ON r.rowid = search.rowid"
                f" WHERE search MATCH ? AND {where}", (query, *params))[0] > rank_limit
            for page in pages:
                got = search.search(db, text, f, **page)
                want = search_before.search(db, text, f, **page)
                assert [dataclasses.astuple(h) for h in got] == \
                    [dataclasses.astuple(h) for h in want], (text, f, page)
                if got:
                    seen["newest" if many else "ranked"] += 1
    return seen


@pytest.mark.parametrize("rank_limit", [2000, 4])
@pytest.mark.parametrize("which", ["demo_db", "generated_db"])
def test_finds_what_it_found_before(which: str, rank_limit: int,
                                    request: pytest.FixtureRequest,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = request.getfixturevalue(which)
    seen = _same(db, rank_limit, monkeypatch, [search.Filters()], ({"lang": "kk"},))
    assert seen["ranked"] > (10 if rank_limit == 2000 else 0)
    assert rank_limit == 2000 or seen["newest"] > 10


@pytest.mark.slow
@pytest.mark.parametrize("which", ["demo_db", "generated_db"])
def test_finds_what_it_found_before_with_filters_and_pages(
        which: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a ranking limit of 4, a filtered search takes either way by its count."""
    db = request.getfixturevalue(which)
    seen = _same(db, 4, monkeypatch, _filters(db), PAGES)
    assert seen["ranked"] > 0 and seen["newest"] > 10


def test_newest_page_reads_windows_until_it_has_enough(
        generated_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first window far too narrow (the matches are all old) still ends with the
    newest page: windows widen until they hold it or reach the oldest record."""
    monkeypatch.setattr(search, "RANK_LIMIT", 1)
    monkeypatch.setattr(search, "_SLACK", 0)  # the first window: `want` rowids wide
    reads: list[str] = []
    real = generated_db.all

    def spy(sql: str, params: Any = ()) -> Any:
        reads.append(sql)
        return real(sql, params)

    monkeypatch.setattr(generated_db, "all", spy)
    text = "избиение"
    matches = "SELECT search.rowid FROM search WHERE search MATCH ?"
    every = [r[0] for r in real(matches, (search.fts_query(text),))]
    assert len(every) > 30
    got = search._newest(generated_db, matches, [search.fts_query(text)], 30)
    assert got == every[::-1][:30]
    assert sum("search.rowid > ?" in sql for sql in reads) > 1  # it did widen
    assert search._newest(generated_db, matches, [search.fts_query(text)], 10 ** 6) \
        == every[::-1]
