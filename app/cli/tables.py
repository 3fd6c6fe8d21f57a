"""`qorgau import-table`: records from a spreadsheet, with a preview."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Command, open_vault, out
from app.usecases import table_import
from storage.errors import EXIT_OK


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
    with open_vault(args.vault) as vault:
        if args.dry_run:
            p = table_import.preview(vault, Path(args.file), mapping)
            out(p.to_dict(), args.json, "\n".join(_preview_lines(p)))
            return EXIT_OK if not p.problems else table_import.TableRejected(p.problems).exit_code
        done = table_import.import_table(vault, Path(args.file), mapping)
    out({"file": done.file, "sha256": done.sha256, "kind": done.kind,
         "record_ids": done.record_ids}, args.json,
        f"Imported {len(done.record_ids)} {done.kind} records from {done.file}, signed by "
        "this vault (audited with the file's SHA-256).")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("import-table", cmd_import_table,
                "records from a spreadsheet (CSV, XLSX, KoBo/ODK export): all rows or none")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--mapping", required=True, metavar="JSON",
                   help="which column fills which field (docs/import.md)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be imported and every problem; change nothing")
    p.add_argument("--json", action="store_true")
