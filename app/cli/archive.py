"""Coordinator commands on an archive vault: statistics, duplicate people, links.

    qorgau stats VAULT [--table NAME]… [--from DATE] [--to DATE] [--city C]
                       [--facility ID] [--lang en|ru|kk] [--csv DIR] [--json]
    qorgau duplicates VAULT [--min-score X] [--limit N] [--json]
    qorgau link VAULT A B [--note TEXT]
    qorgau unlink VAULT A B [--note TEXT]

Registered by app.cli.main (`_extensions`). Exit codes are those of app/errors.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import Command
from app.cli.common import open_vault as _open
from app.cli.common import print_json as _print_json
from storage.errors import EnvironmentFault


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def render(table: Any) -> str:
    """A table as aligned text: labels, not codes (the key column is left out)."""
    columns = table.columns[1:]
    rows = [[_cell(v) for v in row[1:]] for row in table.rows]
    widths = [max([len(c.label), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        return "  ".join([first, *(c.rjust(w) for c, w in zip(cells[1:], widths[1:],
                                                                strict=True))]).rstrip()

    out = [table.title, "=" * len(table.title), line([c.label for c in columns])]
    out += [line(r) for r in rows]
    if table.note:
        out.append(f"({table.note})")
    return "\n".join(out)


def cmd_stats(args: argparse.Namespace) -> int:
    from app import stats
    from storage.atomic import write_atomic

    filters = stats.Filters(date_from=args.date_from, date_to=args.date_to,
                            city=stats.city_code(args.city) if args.city else None,
                            facility_id=args.facility)
    with _open(args.vault) as vault:
        tables = stats.Stats(vault.db, filters, lang=args.lang).tables(args.table)
    written = []
    if args.csv:
        folder = Path(args.csv)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for table in tables:
                target = folder / f"{table.name}.csv"
                write_atomic(target, ("\ufeff" + stats.csv_text(table)).encode("utf-8"),
                             mode=0o644)
                written.append(str(target))
        except OSError as exc:
            raise EnvironmentFault(f"could not write the CSV files: {exc}") from None
    if args.json:
        _print_json({"tables": [t.to_dict() for t in tables], "csv": written})
        return 0
    print("\n\n".join(render(t) for t in tables))
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app import duplicates

    with _open(args.vault) as vault:
        found = duplicates.suggest(vault.db, limit=args.limit, min_score=args.min_score)
        ids = sorted({i for s in found for i in (s.a_id, s.b_id)})
        # Titles are what lists show: a protected person's pseudonym, never the name.
        titles = dict(vault.db.all(
            "SELECT record_id, title FROM records WHERE record_id IN (SELECT value FROM"
            " json_each(?))", (json.dumps(ids),))) if ids else {}
    if args.json:
        _print_json([{**s.to_dict(), "a_title": titles.get(s.a_id, ""),
                      "b_title": titles.get(s.b_id, "")} for s in found])
        return 0
    for s in found:
        print(f"{s.score:.3f}  {s.a_id}  {titles.get(s.a_id, '')}\n"
              f"       {s.b_id}  {titles.get(s.b_id, '')}\n"
              f"       {'; '.join(s.reasons)}")
    print(f"{len(found)} suggestion(s) at score {args.min_score} or more")
    return 0


def _cmd_link(args: argparse.Namespace, undo: bool) -> int:
    from app import duplicates
    from app.records import Records

    with _open(args.vault) as vault:
        records = Records(vault)
        action = duplicates.unlink if undo else duplicates.link
        versions = action(records, args.a, args.b, args.note or "")
    verb = "unlinked" if undo else "linked"
    if not versions:
        print(f"{args.a} and {args.b} were already linked: nothing written")
    for v in versions:
        print(f"{verb}: {v.record_id} (version {v.version_id[:16]}…)")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    return _cmd_link(args, undo=False)


def cmd_unlink(args: argparse.Namespace) -> int:
    return _cmd_link(args, undo=True)


def register(command: Command) -> None:
    from app.duplicates import DEFAULT_LIMIT, DEFAULT_MIN_SCORE
    from app.stats import TABLES
    from app.vocab import LANGS

    p = command("stats", cmd_stats, "figures over the archive: complaints, outcomes, "
                "victims, methods (docs/statistics.md)")
    p.add_argument("vault")
    p.add_argument("--table", action="append", choices=list(TABLES), metavar="NAME",
                   help=f"one table (repeatable): {', '.join(TABLES)}")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--city", help="a city code or name")
    p.add_argument("--facility", metavar="ID", help="a facility record id")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    p.add_argument("--csv", metavar="DIR", help="also write each table to DIR/NAME.csv")
    p.add_argument("--json", action="store_true")
    p = command("duplicates", cmd_duplicates,
                "suggest person records that may be the same person (names in any script)")
    p.add_argument("vault")
    p.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE, metavar="X",
                   help=f"0..1 (default {DEFAULT_MIN_SCORE})")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    p.add_argument("--json", action="store_true")
    for name, handler, text in (
            ("link", cmd_link, "record that two person records are the same person "
             "(a new signed version of each; both records stay)"),
            ("unlink", cmd_unlink, "take back a link between two person records")):
        p = command(name, handler, text)
        p.add_argument("vault")
        p.add_argument("a", metavar="A")
        p.add_argument("b", metavar="B")
        p.add_argument("--note", help="why (added to both records' notes)")
