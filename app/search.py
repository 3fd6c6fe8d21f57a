"""Full-text search and filtered listing over the current state of records."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from app import schema
from storage.db import Database

_WORD = re.compile(r"\w+", re.UNICODE)
# Letters people replace when typing on a Russian keyboard layout, or drop (ё).
_FOLD = str.maketrans("ёәғқңөұүһіЁӘҒҚҢӨҰҮҺІ", "еагкноууhиЕАГКНОУУHИ")


def fold(text: str) -> str:
    return text.translate(_FOLD)


@dataclass
class Filters:
    kind: str | None = None
    city: str | None = None
    facility_id: str | None = None
    status: str | None = None
    date_from: str | None = None  # inclusive, ISO date prefix
    date_to: str | None = None  # inclusive
    flag: str | None = None
    case_id: str | None = None

    def where(self, alias: str = "r") -> tuple[str, list[Any]]:
        clauses = [f"{alias}.deleted = 0"]
        params: list[Any] = []
        for column in ("kind", "city", "facility_id", "status", "case_id"):
            value = getattr(self, column)
            if value:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value)
        if self.date_from:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # '~' sorts after digits and '-', so partial dates inside the day still match.
            clauses.append(f"{alias}.date <= ?")
            params.append(self.date_to + "~")
        if self.flag:
            clauses.append(f"(' ' || {alias}.flags || ' ') LIKE ?")
            params.append(f"% {self.flag} %")
        return " AND ".join(clauses), params


@dataclass
class Hit:
    record_id: str
    kind: str
    title: str
    date: str | None
    snippet: str


MIN_PREFIX = 2


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the
    last one as a prefix (search as you type) if it has at least MIN_PREFIX characters.
    Operators typed by the user are text."""
    words = _WORD.findall(text)
    if not words:
        return None
    terms = []
    for i, word in enumerate(words):
        # A one-character prefix expands to thousands of index terms: match it whole.
        star = "*" if i == len(words) - 1 and len(word) >= MIN_PREFIX else ""
        forms = dict.fromkeys((word, fold(word)))  # the typed form, and the folded one
        alts = [f'"{w}"{star}' for w in forms]
        terms.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(terms)


# Up to this many matches, hits are ranked by relevance (bm25); beyond it (a common
# word in a large archive) the newest come first.
RANK_LIMIT = 2000
_HIT = ("SELECT r.record_id, r.kind, r.title, r.date, snippet(search, -1, '[', ']', '…', 12),"
        " r.body"
        " FROM search JOIN records r ON r.rowid = search.rowid WHERE search MATCH ? AND ")


def search(db: Database, text: str, filters: Filters | None = None, *,
           limit: int = 50, offset: int = 0, lang: str = "en") -> list[Hit]:
    """Hits with a snippet of where the words are. Snippets are built only for the
    page returned, and FTS5 is only asked to walk matches in ascending order: both
    matter on a 100k-record vault (descending prefix queries and snippets for every
    match each cost hundreds of milliseconds there)."""
    query = fts_query(text)
    if query is None:
        return []
    filters = filters or Filters()
    where, params = filters.where()
    if filters == Filters():
        # Only live records are in the index: no need to read the records table
        # (on a cold cache that read costs more than the search itself).
        matching = [r[0] for r in db.all("SELECT rowid FROM search WHERE search MATCH ?",
                                          (query,))]
    else:
        matching = [r[0] for r in db.all(
            "SELECT search.rowid FROM search JOIN records r ON r.rowid = search.rowid"
            f" WHERE search MATCH ? AND {where}", (query, *params))]
    if len(matching) <= RANK_LIMIT:
        rows = db.all(_HIT + where + " ORDER BY bm25(search) LIMIT ? OFFSET ?",
                      (query, *params, limit, offset))
    else:
        page = matching[::-1][offset:offset + limit]
        if not page:
            return []
        # The page is a contiguous run of matches: a rowid range selects exactly it.
        rows = db.all(_HIT + where + " AND search.rowid BETWEEN ? AND ? ORDER BY search.rowid",
                      (query, *params, page[-1], page[0]))[::-1]
    return [Hit(r[0], r[1], _title(r[1], r[2], r[5], lang), r[3], r[4]) for r in rows]


def _title(kind: str, stored: str, body: str, lang: str) -> str:
    """The stored (English) title, or the same title in the reader's language."""
    return stored if lang == "en" else schema.display_title(kind, json.loads(body), lang)


SORTABLE = {"date": "r.date", "title": "r.title", "updated": "r.updated_at",
            "created": "r.created_at", "city": "r.city", "status": "r.status"}


def list_records(db: Database, filters: Filters | None = None, *, order: str = "updated",
                 descending: bool = True, limit: int = 100, offset: int = 0,
                 lang: str = "en") -> list[dict[str, Any]]:
    where, params = (filters or Filters()).where()
    column = SORTABLE.get(order, "r.updated_at")
    direction = "DESC" if descending else "ASC"
    rows = db.all(
        "SELECT r.record_id, r.kind, r.title, r.date, r.city, r.status, r.flags, r.head_count,"
        f" r.updated_at, {'r.body' if lang != 'en' else 'NULL'} FROM records r WHERE {where}"
        f" ORDER BY {column} {direction}, r.record_id LIMIT ? OFFSET ?",
        (*params, limit, offset))
    return [{"record_id": r[0], "kind": r[1], "title": _title(r[1], r[2], r[9], lang),
             "date": r[3], "city": r[4],
             "status": r[5], "flags": r[6].split(), "conflict": r[7] > 1, "updated_at": r[8]}
            for r in rows]


def count_records(db: Database, filters: Filters | None = None) -> int:
    where, params = (filters or Filters()).where()
    return int(db.one(f"SELECT count(*) FROM records r WHERE {where}", params)[0])
