"""The search as it was before its rewrite for speed (issue 13): how it chose the page,
and how it built snippets. Kept as the reference tests/test_search_same.py compares the
product with: the same hits, in the same order, with the same snippets, for every
query, filter, page and language. The query builder, keys and filters are the
product's own (unchanged)."""

from __future__ import annotations

import functools
import itertools
import json
import re
from typing import Any

from app import schema, translit
from app import search as product
from storage.db import Database

SNIPPET_WORDS = 12


def _hits(keys: list[str], terms: list[product._Term]) -> list[int]:
    """Per word (by its key), 0 if no term matches it, else 1 + the term's index. Found
    by a regular expression over the keys joined by spaces, not word by word in Python:
    snippets are half of a search's time otherwise (fifty hits of long accounts)."""
    out = [0] * len(keys)
    joined = " ".join(keys)
    if not keys or joined.count(" ") != len(keys) - 1:  # a key with a space: word by word
        return _hits_by_word(keys, terms, out)
    for j, t in reversed(list(enumerate(terms))):  # the first matching term wins
        tail = "" if t.prefix else "(?= |$)"
        at, words_before = 0, 0
        for m in re.finditer(f"(?:^| )({re.escape(t.key)}){tail}", joined):
            words_before += joined.count(" ", at, m.start(1))
            at = m.start(1)
            out[words_before] = j + 1
    return out


def _hits_by_word(keys: list[str], terms: list[product._Term], out: list[int]) -> list[int]:
    for j, t in reversed(list(enumerate(terms))):
        for i, key in enumerate(keys):
            if key.startswith(t.key) if t.prefix else key == t.key:
                out[i] = j + 1
    return out


def snippet(text: str, terms: list[product._Term], keys: str | None = None) -> str:
    """Up to SNIPPET_WORDS words of `text` around the best cluster of matches, matches in
    [brackets], "…" where text was cut. Built here rather than by FTS5's snippet() so
    that a word found by its key (typed in the other script) is marked in the text as
    written, and every spelling of a query gets the same snippet: words are marked by
    their keys. `keys`: the index's keys column for `text` (one key per word), so they
    need not be computed again."""
    key_list = keys.split(" ") if keys else [k for _w, k in translit.search_words(text)]
    shown = _window(text, _hits(key_list, terms))
    if shown is None:  # keys out of step with the text: compute them here
        return snippet(text, terms) if keys else ""
    return shown


def shown_snippet(kind: str, body: dict[str, Any], text: str, terms: list[product._Term],
                  keys: str | None, lang: str) -> str:
    """The snippet of a hit as its reader sees it: the index holds a vocabulary value's
    label in every language and its synonyms (so that any of them finds it), but the
    snippet shows the value once, in the reader's language, marked when any of its
    words matched («слоник» found, «Противогаз» shown)."""
    pieces = schema.search_pieces(kind, body)
    if not any(labels for _lines, labels in pieces):
        return snippet(text, terms, keys)  # free text only: shown as written
    key_list = keys.split(" ") if keys else []
    counts = [[_word_count(line) if labels else len(translit.SEARCH_WORD.findall(line))
               for line in lines] for lines, labels in pieces]
    if len(key_list) != sum(map(sum, counts)):  # keys out of step: compute them here
        key_list = [k for _w, k in translit.search_words(text)]
    hit = _hits(key_list, terms)
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
    return len(translit.SEARCH_WORD.findall(line))


def _window(text: str, hit: list[int]) -> str | None:
    """The words of `text` around the best cluster of hits (one entry per word: 0, or
    1 + the index of the term it matched); None if `hit` does not fit the text."""
    count = len(hit)
    if not count:
        return ""
    n = min(SNIPPET_WORDS, count)
    best, best_score = 0, (-1, -1)
    for p in (i for i, j in enumerate(hit) if j):
        start = max(0, min(p - n // 4, count - n))
        inside = hit[start:start + n]
        score = (len({j for j in inside if j}), sum(1 for j in inside if j))
        if score > best_score:
            best, best_score = start, score
    # Positions only for the words up to the end of the window.
    spans = [m.span() for m in itertools.islice(translit.SEARCH_WORD.finditer(text), best + n)]
    if len(spans) < best + n:
        return None
    parts = ["…"] if best > 0 else []
    pos = spans[best][0]
    for i in range(best, best + n):
        s, e = spans[i]
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
_HIT = _COLUMNS + "WHERE search MATCH ? AND "


def search(db: Database, text: str, filters: product.Filters | None = None, *,
           limit: int = 50, offset: int = 0, lang: str = "en") -> list[product.Hit]:
    """Hits with a snippet of where the words are. Snippets are built only for the
    page returned, and FTS5 is only asked to walk matches in ascending order: both
    matter on a 100k-record vault (descending prefix queries and snippets for every
    match each cost hundreds of milliseconds there)."""
    query = product.fts_query(text)
    if query is None:
        return []
    filters = filters or product.Filters()
    where, params = filters.where()
    if filters == product.Filters():
        # Only live records are in the index: no need to read the records table
        # (on a cold cache that read costs more than the search itself).
        matching = [r[0] for r in db.all("SELECT rowid FROM search WHERE search MATCH ?",
                                          (query,))]
    else:
        matching = [r[0] for r in db.all(
            "SELECT search.rowid FROM search JOIN records r ON r.rowid = search.rowid"
            f" WHERE search MATCH ? AND {where}", (query, *params))]
    if len(matching) <= RANK_LIMIT:
        # Rank first, then read text, body and keys for the page only: SQLite would
        # compute every selected column of every match before sorting.
        if filters == product.Filters():  # as above: no records to read for ranking
            ranked = [r[0] for r in db.all(
                f"SELECT rowid FROM search WHERE search MATCH ? ORDER BY {_RANK}"
                " LIMIT ? OFFSET ?", (query, limit, offset))]
        else:
            ranked = [r[0] for r in db.all(
                "SELECT search.rowid FROM search JOIN records r ON r.rowid = search.rowid"
                f" WHERE search MATCH ? AND {where} ORDER BY {_RANK} LIMIT ? OFFSET ?",
                (query, *params, limit, offset))]
        if not ranked:
            return []
        found = {r[7]: r for r in db.all(
            _COLUMNS + f"WHERE search.rowid IN ({','.join('?' * len(ranked))})", ranked)}
        rows = [found[rowid] for rowid in ranked]
    else:
        page = matching[::-1][offset:offset + limit]
        if not page:
            return []
        # The page is a contiguous run of matches: a rowid range selects exactly it.
        rows = db.all(_HIT + where + " AND search.rowid BETWEEN ? AND ? ORDER BY search.rowid",
                      (query, *params, page[-1], page[0]))[::-1]
    terms = product._terms(text)
    hits = []
    for r in rows:
        body = json.loads(r[5])
        hits.append(product.Hit(r[0], r[1], r[2] if lang == "en" else schema.display_title(
            r[1], body, lang), r[3], shown_snippet(r[1], body, r[4], terms, r[6], lang)))
    return hits
