"""Coordinator commands on an archive vault: statistics, duplicate people, links.

    qorgau stats VAULT [--table NAME]… [--from DATE] [--to DATE] [--city C]
                       [--region R] [--facility ID] [--tag TAG] [--lang en|ru|kk]
                       [--csv DIR] [--json]
    qorgau duplicates VAULT [--min-score X] [--limit N] [--json]
    qorgau link VAULT A B [--note TEXT]
    qorgau unlink VAULT A B [--note TEXT]

Registered by app.cli.main. Each command calls one action of app.usecases and prints.
The CSV files are written by the same action as the desktop's: atomically, mode 0600,
noted in the audit log; the plaintext warning goes to stderr. Exit codes are those of
storage/errors.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import filter_options
from app.cli.common import Command
from app.cli.common import open_session as _open
from app.cli.common import print_json as _print_json


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
    from app.usecases import figures

    flt = filter_options.read(args)  # bad filters refused before a passphrase is asked
    with _open(args.vault) as session:
        tables = figures.tables(session, flt, lang=args.lang, names=args.table)
        written = []
        if args.csv:
            print(f"warning: {figures.CSV_WARNING}", file=sys.stderr)
            written = figures.write_csv(
                session, [(t, Path(args.csv) / f"{t.name}.csv") for t in tables])
    if args.json:
        _print_json({"tables": [t.to_dict() for t in tables], "csv": written})
        return 0
    print("\n\n".join(render(t) for t in tables))
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.cli.progress import ProgressLine
    from app.usecases import people

    with _open(args.vault) as session, ProgressLine("comparing") as line:
        found = people.suggestions(session, limit=args.limit, min_score=args.min_score,
                                   progress=line)
    if args.json:
        _print_json(found)
        return 0
    for s in found:
        print(f"{s['score']:.3f}  {s['a_id']}  {s['a_title']}\n"
              f"       {s['b_id']}  {s['b_title']}\n"
              f"       {'; '.join(s['reasons'])}")
    print(f"{len(found)} suggestion(s) at score {args.min_score} or more")
    return 0


def _cmd_link(args: argparse.Namespace, undo: bool) -> int:
    from app.usecases import people

    with _open(args.vault) as session:
        action = people.unlink if undo else people.link
        versions = action(session, args.a, args.b, args.note or "")
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
    filter_options.add(p)
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    p.add_argument("--csv", metavar="DIR",
                   help="also write each table to DIR/NAME.csv (plaintext, mode 0600)")
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
