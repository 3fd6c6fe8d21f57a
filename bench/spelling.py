"""Search by any spelling, against search as it was before (not a test).

    .venv/bin/python -m bench.spelling [--cases 400] [--rounds 5] [--seed 2026]

Builds one vault of demo data (`app.demo`, no photos), then, in the same database, a
second full-text table holding the index as it was before search keys: the text, and a
`folded` column with only ё→е and the Kazakh letters folded (the reference). Each query
runs on both in the same round, interleaved, so both see the same machine load:

- today: `app.search.search` (text or key, ranked by the keys column, snippets built
  in Python so a word found by its key is marked as written);
- reference: the same ranked query on the reference table with FTS5's `snippet()`.

It also times what writing costs: the keys of every indexed text (`index_keys`) against
the old fold, in Python, over the same texts. Figures: min / median / max over rounds of
the per-query time (p95 of the queries in a round), and the ratio today ÷ reference.
Hits are counted for both: transliterated queries find nothing in the reference.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app import demo
from app.search import RANK_LIMIT, index_keys, search
from storage.db import Database
from storage.vault import Vault

PASSPHRASE = "benchmark passphrase, nothing secret here"  # noqa: S105 - a throwaway vault

# The storage bench's typical queries, then what this work adds: Latin transliterations
# of Cyrillic records and Latin look-alike codes.
QUERIES = (
    "дубинкой", "пакет", "избиение", "электрошокером", "прокуратура", "следы ударов",
    "ИВС Тараз", "ұрған", "таяқпен", "ұлымды", "Zhumabayev", "Yerlan", "Жумаб", "пыт",
    "EC-164/7", "146-2", "closed for lack", "Ерлан Серикович", "наручник", "Шеф",
    "Qantar", "Sapar", "EC-164", "Shymkent", "Qyzylorda", "slonik", "Zholdasov",
)

# --- the reference: search as it was before keys ---------------------------------------

_FOLD = str.maketrans("ёәғқңөұүһіЁӘҒҚҢӨҰҮҺІ", "еагкноууhиЕАГКНОУУHИ")
_WORD = re.compile(r"\w+", re.UNICODE)


def _old_query(text: str) -> str | None:
    words = _WORD.findall(text)
    if not words:
        return None
    terms = []
    for i, word in enumerate(words):
        star = "*" if i == len(words) - 1 and len(word) >= 2 else ""
        forms = dict.fromkeys((word, word.translate(_FOLD)))
        alts = [f'"{w}"{star}' for w in forms]
        terms.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(terms)


def reference_search(db: Database, text: str, limit: int = 50) -> list[tuple[str, str]]:
    query = _old_query(text)
    if query is None:
        return []
    matching = db.all("SELECT rowid FROM search_ref WHERE search_ref MATCH ?", (query,))
    sql = ("SELECT r.record_id, snippet(search_ref, -1, '[', ']', '…', 12) FROM search_ref"
           " JOIN records r ON r.rowid = search_ref.rowid WHERE search_ref MATCH ?"
           " AND r.deleted = 0 ")
    if len(matching) <= RANK_LIMIT:
        return db.all(sql + "ORDER BY bm25(search_ref) LIMIT ?", (query, limit))
    page = [r[0] for r in matching][::-1][:limit]
    return db.all(sql + "AND search_ref.rowid BETWEEN ? AND ? ORDER BY search_ref.rowid",
                  (query, page[-1], page[0]))


def build_reference(db: Database) -> list[str]:
    """The old index beside today's, from the same texts; returns the texts."""
    rows = db.all("SELECT rowid, text FROM search")
    with db.transaction():
        db.execute("CREATE VIRTUAL TABLE search_ref USING fts5 (text, folded,"
                   " tokenize = 'unicode61 remove_diacritics 2')")
        for rowid, text in rows:
            folded = text.translate(_FOLD)
            db.execute("INSERT INTO search_ref (rowid, text, folded) VALUES (?, ?, ?)",
                       (rowid, text, folded if folded != text else ""))
    return [text for _rowid, text in rows]


# --- measuring --------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def spread(values: list[float], unit: float = 1000.0) -> str:
    return (f"{min(values) * unit:7.1f} {statistics.median(values) * unit:7.1f}"
            f" {max(values) * unit:7.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    os.environ.setdefault("QORGAU_INSECURE_TEST_KDF", "1")  # a throwaway vault
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-spelling-") as tmp:
        vault, _ = Vault.create(Path(tmp) / "v", PASSPHRASE, name="Spelling bench")
        with vault:
            print(f"demo data, {args.cases} cases...", file=sys.stderr)
            demo.populate(vault, seed=args.seed, cases=args.cases, photos=False)
            db = vault.db
            texts = build_reference(db)
            size = sum(len(t) for t in texts)
            print(f"{len(texts)} indexed records, {size / 1e6:.1f} MB of text; load average "
                  f"{os.getloadavg()[0]:.2f}")
            today: list[float] = []
            before: list[float] = []
            hits: dict[str, tuple[int, int]] = {}
            for _ in range(args.rounds):
                t_round, r_round = [], []
                for q in QUERIES:
                    start = time.perf_counter()
                    found = search(db, q)
                    t_round.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    ref = reference_search(db, q)
                    r_round.append(time.perf_counter() - start)
                    hits[q] = (len(found), len(ref))
                today.append(p95(t_round))
                before.append(p95(r_round))
            keys_t, fold_t = [], []
            for _ in range(args.rounds):
                start = time.perf_counter()
                for t in texts:
                    index_keys(t)
                keys_t.append(time.perf_counter() - start)
                start = time.perf_counter()
                for t in texts:
                    t.translate(_FOLD)
                fold_t.append(time.perf_counter() - start)
            per = 1e6 / len(texts)
            print(f"\n{'figure':44} {'min':>7} {'median':>7} {'max':>7}  today ÷ before")
            print(f"{'search p95, today (ms)':44} {spread(today)}"
                  f"  ×{statistics.median(today) / statistics.median(before):.2f}")
            print(f"{'search p95, before: FTS5 snippet (ms)':44} {spread(before)}")
            print(f"{'index text per record, today: keys (µs)':44} {spread(keys_t, per)}"
                  f"  ×{statistics.median(keys_t) / statistics.median(fold_t):.2f}")
            print(f"{'index text per record, before: fold (µs)':44} {spread(fold_t, per)}")
            print(f"\nload average at end {os.getloadavg()[0]:.2f}")
            print(f"\n{'query':20} hits today / before (first page of 50)")
            for q, (a, b) in hits.items():
                print(f"{q:20} {a:4} / {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
