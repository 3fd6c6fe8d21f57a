"""Spreadsheets in and out: `qorgau import-table` (records from a spreadsheet, with a
preview) and `qorgau export-records` (record tables as XLSX or CSV, consent obeyed)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import filter_options
from app.cli.common import Command, open_session, out
from app.cli.progress import ProgressLine
from app.usecases import record_export, table_import
from storage.errors import EXIT_OK, InvalidInput


def _preview_lines(p: table_import.Preview) -> list[str]:
    lines = [f"{p.file} (sha256 {p.sha256[:16]}…): {len(p.rows)} {p.kind} rows readable, "
             f"{len(p.problems)} problems"]
    lines += [f"  problem: {x}" for x in p.problems]
    lines += [f"  check: row {g.row}, column «{g.column}»: «{g.cell}» read as {g.code}"
              for g in p.guesses]
    lines += [f"  possibly already recorded: row {d['row']} ~ {d['record_id']} "
              f"(score {d['score']}: {', '.join(d['reasons'])})" for d in p.possible_duplicates]
    if p.ignored_columns:
        lines.append(f"  columns not imported: {', '.join(p.ignored_columns)}")
    return lines


def cmd_import_table(args: argparse.Namespace) -> int:
    mapping = table_import.load_mapping(Path(args.mapping))
    with open_session(args.vault) as session:
        if args.dry_run:
            p = table_import.preview(session, Path(args.file), mapping)
            out(p.to_dict(), args.json, "\n".join(_preview_lines(p)))
            return EXIT_OK if not p.problems else table_import.TableRejected(p.problems).exit_code
        with ProgressLine("importing") as line:
            done = table_import.import_table(session, Path(args.file), mapping, progress=line)
    out({"file": done.file, "sha256": done.sha256, "kind": done.kind,
         "record_ids": done.record_ids}, args.json,
        f"Imported {len(done.record_ids)} {done.kind} records from {done.file}, signed by "
        "this vault (audited with the file's SHA-256).")
    return EXIT_OK


def cmd_export_records(args: argparse.Namespace) -> int:
    scope = record_export.Scope(kinds=tuple(args.kind or ()), filters=filter_options.read(args))
    with open_session(args.vault) as session:
        if args.dry_run:
            seen = record_export.preview(session, scope, args.lang)
            out({"rows": seen.counts, "withheld": seen.withheld}, args.json,
                "\n".join([*(f"{k}: {n} rows" for k, n in seen.counts.items()),
                           f"withheld by consent: {seen.withheld} records"]))
            return EXIT_OK
        if not args.json:
            print(f"Warning: {record_export.WARNING}", flush=True)
        if not args.out:
            raise InvalidInput("say where to write the tables: --out PATH")
        with ProgressLine("exporting") as line:
            done = record_export.export_records(session, Path(args.out), args.format, scope,
                                                args.lang, progress=line)
    out({"path": done.path, "format": done.format, "rows": done.counts,
         "withheld": done.withheld}, args.json,
        f"Written (plaintext): {done.path} — "
        + ", ".join(f"{k} {n}" for k, n in done.counts.items())
        + f"; withheld by consent: {done.withheld} records")
    return EXIT_OK


def register(command: Command) -> None:
    from app import schema
    from app.vocab import LANGS

    p = command("export-records", cmd_export_records,
                "record tables, one per kind, as XLSX or CSV: consent obeyed, protected "
                "identities masked, audited (plaintext: see docs/spreadsheets.md)")
    p.add_argument("vault")
    p.add_argument("--out", required=False, metavar="PATH",
                   help="a new .xlsx file, or a new folder (csv, uwazi)")
    p.add_argument("--format", choices=record_export.FORMATS, default="xlsx")
    p.add_argument("--kind", action="append", choices=schema.kind_names(), metavar="KIND",
                   help="only this kind (repeatable)")
    p.add_argument("--lang", choices=LANGS, default="en", help="labels and headings")
    filter_options.add(p)  # the statistics' filters: the same cases for the same words
    p.add_argument("--dry-run", action="store_true",
                   help="count what would be written and what is withheld; write nothing")
    p.add_argument("--json", action="store_true")
    p = command("import-table", cmd_import_table,
                "records from a spreadsheet (CSV, XLSX, KoBo/ODK export): all rows or none")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--mapping", required=True, metavar="JSON",
                   help="which column fills which field (docs/spreadsheets.md)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be imported and every problem; change nothing")
    p.add_argument("--json", action="store_true")
