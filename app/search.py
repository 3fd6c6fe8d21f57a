"""Full-text search and filtered listing over the current state of records."""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

from app import schema, translit
from storage.db import Database

# The index holds each record's text twice: as written (`text`), and as the search keys of
# its words (`folded`, see app/translit.py), where every spelling of a word meets: Latin
# or Cyrillic, any common transliteration, Kazakh letters or their Russian-keyboard
# stand-ins, look-alike letters in codes. Bump KEYS_VERSION when a key changes: vaults
# indexed with older keys are re-indexed when opened (ensure_keys).
KEYS_VERSION = "2"
_KEYS_SETTING = "search_keys_version"


def index_keys(text: str) -> str:
    """What the `folded` column holds for `text`."""
    return translit.search_keys(text)


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


@dataclass(frozen=True)
class _Term:
    word: str  # as typed
    key: str  # its search key
    prefix: bool  # the last word, typed so far


def _terms(text: str) -> list[_Term]:
    words = translit.search_words(text)
    return [_Term(w, k, i == len(words) - 1 and len(w) >= MIN_PREFIX)
            for i, (w, k) in enumerate(words)]


def fts_query(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the
    last one as a prefix (search as you type) if it has at least MIN_PREFIX characters;
    a word matches as written or by its search key. Operators typed by the user are
    text."""
    terms = _terms(text)
    if not terms:
        return None
    out = []
    for t in terms:
        # A one-character prefix expands to thousands of index terms: match it whole.
        star = "*" if t.prefix else ""
        out.append(f'("{t.word}"{star} OR folded : "{t.key}"{star})')
    return " AND ".join(out)


SNIPPET_WORDS = 12


def _hits(keys: list[str], terms: list[_Term]) -> list[int]:
    """Per word (by its key), 0 if no term matches it, else 1 + the term's index."""
    joined = " ".join(keys)
    if not keys or joined.count(" ") != len(keys) - 1:  # a key with a space: word by word
        return _hits_by_word(keys, terms, [0] * len(keys))
    return _marks(joined, len(keys), terms)


def _marks(joined: str, count: int, terms: list[_Term]) -> list[int]:
    """_hits of the `count` keys in `joined` (as the index holds them: one space between
    keys, none inside one). Found by a regular expression over the joined keys, not word
    by word in Python: snippets are half of a search's time otherwise (fifty hits of
    long accounts)."""
    out = [0] * count
    for j, t in reversed(list(enumerate(terms))):  # the first matching term wins
        tail = "" if t.prefix else "(?= |$)"
        at, words_before = 0, 0
        for m in re.finditer(f"(?:^| )({re.escape(t.key)}){tail}", joined):
            words_before += joined.count(" ", at, m.start(1))
            at = m.start(1)
            out[words_before] = j + 1
    return out


def _hits_by_word(keys: list[str], terms: list[_Term], out: list[int]) -> list[int]:
    for j, t in reversed(list(enumerate(terms))):
        for i, key in enumerate(keys):
            if key.startswith(t.key) if t.prefix else key == t.key:
                out[i] = j + 1
    return out


def snippet(text: str, terms: list[_Term], keys: str | None = None) -> str:
    """Up to SNIPPET_WORDS words of `text` around the best cluster of matches, matches in
    [brackets], "…" where text was cut. Built here rather than by FTS5's snippet() so
    that a word found by its key (typed in the other script) is marked in the text as
    written, and every spelling of a query gets the same snippet: words are marked by
    their keys. `keys`: the index's keys column for `text` (one key per word), so they
    need not be computed again."""
    if keys:  # the index's own keys: one space between keys, none inside one
        hit = _marks(keys, keys.count(" ") + 1, terms)
    else:
        hit = _hits([k for _w, k in translit.search_words(text)], terms)
    shown = _window(text, hit)
    if shown is None:  # keys out of step with the text: compute them here
        return snippet(text, terms) if keys else ""
    return shown


def shown_snippet(kind: str, body: dict[str, Any], text: str, terms: list[_Term],
                  keys: str | None, lang: str) -> str:
    """The snippet of a hit as its reader sees it: the index holds a vocabulary value's
    label in every language and its synonyms (so that any of them finds it), but the
    snippet shows the value once, in the reader's language, marked when any of its
    words matched («слоник» found, «Противогаз» shown)."""
    pieces = schema.search_pieces(kind, body)
    if not any(labels for _lines, labels in pieces):
        return snippet(text, terms, keys)  # free text only: shown as written
    counts = [[_word_count(line) if labels else _count_words(line) for line in lines]
              for lines, labels in pieces]
    if keys and keys.count(" ") + 1 == sum(map(sum, counts)):
        hit = _marks(keys, keys.count(" ") + 1, terms)
    else:  # keys out of step: compute them here
        hit = _hits([k for _w, k in translit.search_words(text)], terms)
    lines: list[str] = []
    shown_hit: list[int] = []
    pos = 0
    for (piece, labels), piece_counts in zip(pieces, counts, strict=True):
        found = hit[pos:pos + sum(piece_counts)]
        pos += sum(piece_counts)
        if labels is None:
            lines += piece
            shown_hit += found
        else:
            label = labels.get(lang) or labels["en"]
            lines.append(label)
            shown_hit += [next((j for j in found if j), 0)] * _word_count(label)
    return _window("\n".join(lines), shown_hit) or ""


@functools.lru_cache(maxsize=8192)
def _word_count(line: str) -> int:
    """Words in a vocabulary label or synonym (the same few lines, hit after hit)."""
    return _count_words(line)


# The words of SEARCH_WORD are runs of \w joined by an apostrophe: in a text without
# one, the simpler pattern finds the same words, about a third faster.
_APOSTROPHES = "'’ʼ`´"
_PLAIN_WORD = re.compile(r"\w+")


def _word_pattern(text: str) -> re.Pattern[str]:
    if any(a in text for a in _APOSTROPHES):
        return translit.SEARCH_WORD
    return _PLAIN_WORD


def _count_words(text: str) -> int:
    return len(_word_pattern(text).findall(text))


def _window(text: str, hit: list[int]) -> str | None:
    """The words of `text` around the best cluster of hits (one entry per word: 0, or
    1 + the index of the term it matched); None if `hit` does not fit the text."""
    count = len(hit)
    if not count:
        return ""
    n = min(SNIPPET_WORDS, count)
    best, best_score = 0, (-1, -1)
    # Each hit starts a candidate window; its score is what it holds: (distinct terms,
    # hits). The hits inside are found by bisection on their positions.
    at = [i for i, j in enumerate(hit) if j]
    for p in at:
        start = max(0, min(p - n // 4, count - n))
        lo, hi = bisect.bisect_left(at, start), bisect.bisect_left(at, start + n)
        score = (len({hit[i] for i in at[lo:hi]}), hi - lo)
        if score > best_score:
            best, best_score = start, score
    # Positions only for the words of the window.
    spans = [m.span() for m in itertools.islice(_word_pattern(text).finditer(text), best,
                                                 best + n)]
    if len(spans) < n:
        return None
    parts = ["…"] if best > 0 else []
    pos = spans[0][0]
    for i in range(best, best + n):
        s, e = spans[i - best]
        parts.append(text[pos:s])
        parts.append(f"[{text[s:e]}]" if hit[i] else text[s:e])
        pos = e
    if best + n < count:
        parts.append("…")
    return "".join(parts)


# Up to this many matches, hits are ranked by relevance (bm25); beyond it (a common
# word in a large archive) the newest come first.
RANK_LIMIT = 2000
# Ranked by the keys column alone, so every spelling of a query ranks the records alike.
_RANK = "bm25(search, 0.0, 1.0)"
_COLUMNS = ("SELECT r.record_id, r.kind, r.title, r.date, search.text, r.body, search.folded,"
            " search.rowid FROM search JOIN records r ON r.rowid = search.rowid ")
# The newest page of a common word is read in windows of rowids, newest first: a window
# starts this many times wider than the page is expected to need, and grows by GROW.
_SLACK = 2
_GROW = 4


def search(db: Database, text: str, filters: Filters | None = None, *,
           limit: int = 50, offset: int = 0, lang: str = "en") -> list[Hit]:
    """Hits with a snippet of where the words are, the best first (or, past RANK_LIMIT
    matches, the newest first). On a 100k-record archive every step is chosen for what
    it costs there: matches are counted only up to RANK_LIMIT + 1, never listed; bm25
    is computed only when the matches will be ranked (it reads each match's length); a
    common word's newest page is read in ascending windows of rowids from the top
    (FTS5 walking a prefix query backwards costs hundreds of milliseconds); text, body
    and keys are read, and snippets built, for the page returned only."""
    query = fts_query(text)
    if query is None:
        return []
    filters = filters or Filters()
    if filters == Filters():
        # Only live records are in the index: no need to read the records table
        # (on a cold cache that read costs more than the search itself).
        matches, params = "SELECT search.rowid FROM search WHERE search MATCH ?", [query]
    else:
        where, values = filters.where()
        matches = ("SELECT search.rowid FROM search JOIN records r ON r.rowid = search.rowid"
                   f" WHERE search MATCH ? AND {where}")
        params = [query, *values]
    counted = db.one(f"SELECT count(*) FROM ({matches} LIMIT ?)", (*params, RANK_LIMIT + 1))[0]
    if counted <= RANK_LIMIT:
        page = [r[0] for r in db.all(f"{matches} ORDER BY {_RANK} LIMIT ? OFFSET ?",
                                     (*params, limit, offset))]
    else:
        page = _newest(db, matches, params, limit + offset)[offset:]
    if not page:
        return []
    found = {r[7]: r for r in db.all(
        _COLUMNS + f"WHERE search.rowid IN ({','.join('?' * len(page))})", page)}
    terms = _terms(text)
    hits = []
    for rowid in page:
        r = found[rowid]
        body = json.loads(r[5])
        hits.append(Hit(r[0], r[1], r[2] if lang == "en" else schema.display_title(
            r[1], body, lang), r[3], shown_snippet(r[1], body, r[4], terms, r[6], lang)))
    return hits


def _newest(db: Database, matches: str, params: list[Any], want: int) -> list[int]:
    """The rowids of the `want` newest matches (there are more than RANK_LIMIT), newest
    first: ascending reads of ever wider windows below the newest rowid, until one
    holds `want` matches or reaches the oldest."""
    top = db.one("SELECT max(rowid) FROM records")[0] or 0
    # More than RANK_LIMIT matches among `top` rows: the first window expects them
    # spread evenly, with some slack.
    span = max(want, want * _SLACK * top // (RANK_LIMIT + 1))
    while True:
        low = top - span
        rows = [r[0] for r in db.all(f"{matches} AND search.rowid > ? ORDER BY search.rowid",
                                     (*params, low))]
        if len(rows) >= want or low <= 0:
            return rows[::-1][:want]
        span *= _GROW


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


def ensure_keys(db: Database) -> int:
    """Re-index the `folded` column if it holds keys older than KEYS_VERSION (a vault
    written by an earlier Qorgau); returns how many records were re-indexed. Cheap when
    current: one settings lookup."""
    row = db.one("SELECT value FROM settings WHERE key = ?", (_KEYS_SETTING,))
    if row is not None and row[0] == KEYS_VERSION:
        return 0
    with db.transaction():
        rows = db.all("SELECT rowid, text FROM search")
        db.executemany("UPDATE search SET folded = ? WHERE rowid = ?",
                       [(index_keys(text), rowid) for rowid, text in rows])
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key)"
                   " DO UPDATE SET value = excluded.value", (_KEYS_SETTING, KEYS_VERSION))
    return len(rows)
